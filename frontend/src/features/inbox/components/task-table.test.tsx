import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import type { InboxTask, TaskPage } from '../types';
import { TaskTable } from './task-table';

const TASK: InboxTask = {
  taskId: 't1',
  taskKey: 'Task_ReviewAcceptance',
  taskName: '受理审查',
  processKey: 'infringement-adjudication',
  caseId: 'c1',
  caseNumber: '渝北知裁〔2026〕1号',
  caseType: 'INFRINGEMENT_ADJUDICATION',
  patentNumber: 'ZL202320123456.1',
  requesterName: '张伟',
  respondentName: '重庆某贸易有限公司',
  createdAt: '2026-11-23T09:00:00+08:00',
  dueAt: '2026-11-30T23:59:59+08:00',
  priority: 50,
  officeId: 'yubei',
  candidateGroup: 'officer-yubei',
  processInstanceId: 'pi-1',
};

function serve(page: TaskPage) {
  server.use(http.get('/api/inbox/tasks', () => HttpResponse.json(page)));
}

function renderTable() {
  renderWithProviders(
    <TaskTable
      criteria={{ view: 'UNCLAIMED' }}
      onViewChange={() => {}}
      page={0}
      onPageChange={() => {}}
      username="officer.yb"
      supervisor={false}
      officeId="yubei"
      caseLink={(id) => `/inbox/cases/${id}`}
    />,
  );
}

describe('TaskTable', () => {
  it('gives the exact count of a view the server counted whole', async () => {
    serve({ items: [TASK], total: 3, moreThanTotal: false, actingFor: [] });
    renderTable();

    expect(await screen.findByText('共 3 项')).toBeInTheDocument();
  });

  it('says "more than" when the server stopped counting a long view', async () => {
    serve({ items: [TASK], total: 1000, moreThanTotal: true, actingFor: [] });
    renderTable();

    expect(await screen.findByText('1000 项以上')).toBeInTheDocument();
    expect(screen.queryByText('共 1000 项')).not.toBeInTheDocument();
  });
});

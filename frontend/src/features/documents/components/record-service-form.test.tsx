import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { todayInOffice } from '@/shared/lib/format';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import type { OfficialDocument } from '../types';
import { RecordServiceForm } from './record-service-form';

const toAll: OfficialDocument = {
  id: 'doc-2',
  number: '渝北知审字〔2026〕1号',
  templateKey: 'hearing-notice',
  title: '口头审理通知书',
  titleEn: 'Notice of oral hearing',
  addresseeRole: 'ALL_PARTIES',
  addresseeName: '各方当事人',
  serviceMethod: 'POSTAL',
  issuedAt: '2026-11-23T01:00:00Z',
  services: [],
};

function mockPost(response: () => Response) {
  const bodies: unknown[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  server.use(
    http.post('/api/cases/case-1/official-documents/doc-2/services', async ({ request }) => {
      bodies.push(await request.json());
      return response();
    }),
  );
  return bodies;
}

// Ant Design's selects and date picker are slow to drive in jsdom on a busy machine
describe('RecordServiceForm', { timeout: 20_000 }, () => {
  it('asks for the party, the method and the day before sending anything', async () => {
    const bodies = mockPost(() => new HttpResponse(null, { status: 201 }));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <RecordServiceForm caseId="case-1" document={toAll} partyRoles={['REQUESTER', 'RESPONDENT']} onClose={vi.fn()} />,
    );

    await user.click(screen.getByRole('button', { name: '登记' }));

    expect(await screen.findByText('请选择受送达的当事人')).toBeInTheDocument();
    expect(screen.getByText('请选择送达方式')).toBeInTheDocument();
    expect(screen.getByText('请选择日期')).toBeInTheDocument();
    expect(bodies).toEqual([]);
  });

  it('opens with the focus in its first field, not on the close button', async () => {
    mockPost(() => new HttpResponse(null, { status: 201 }));
    const served = { ...toAll, addresseeRole: 'RESPONDENT' };
    renderWithProviders(
      <RecordServiceForm caseId="case-1" document={served} partyRoles={['RESPONDENT']} onClose={vi.fn()} />,
    );

    await waitFor(() => expect(screen.getByRole('combobox', { name: '送达方式' })).toHaveFocus());
  });

  it('shows the server’s refusal of a second service', async () => {
    const bodies = mockPost(() =>
      problem(409, { title: 'Conflict', detail: '文书 渝北知审字〔2026〕1号 已于 2026-11-23 送达该受送达人' }),
    );
    const onClose = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <RecordServiceForm caseId="case-1" document={toAll} partyRoles={['REQUESTER']} onClose={onClose} />,
    );

    await user.click(screen.getByRole('combobox', { name: '受送达的当事人' }));
    await user.click(await screen.findByTitle('请求人'));
    await user.click(screen.getByRole('combobox', { name: '送达方式' }));
    await user.click(await screen.findByTitle('邮寄送达'));
    const date = screen.getByLabelText('送达日期（以送达回证或回执上的日期为准）');
    await user.click(date);
    await user.click(await screen.findByTitle(todayInOffice().format('YYYY-MM-DD')));
    await user.click(screen.getByRole('button', { name: '登记' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('已于 2026-11-23 送达该受送达人');
    expect(bodies).toEqual([
      { method: 'POSTAL', servedOn: todayInOffice().format('YYYY-MM-DD'), partyRole: 'REQUESTER' },
    ]);
    await waitFor(() => expect(onClose).not.toHaveBeenCalled());
  });
});

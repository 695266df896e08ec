import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { problem, recordRequests, requestLine, server } from '@/testing/server';
import type { OfficialDocument } from '../types';
import { OfficialDocumentsCard } from './official-documents-card';

const notice: OfficialDocument = {
  id: 'doc-1',
  number: '渝北知受字〔2026〕7号',
  templateKey: 'acceptance-notice',
  title: '受理通知书',
  titleEn: 'Notice of acceptance',
  addresseeRole: 'REQUESTER',
  addresseeName: '张伟',
  serviceMethod: 'ELECTRONIC',
  issuedAt: '2026-11-23T01:00:00Z',
  services: [],
};

const url = '/api/cases/case-1/official-documents/doc-1/content';

describe('OfficialDocumentsCard', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:pdf-1');
    URL.revokeObjectURL = vi.fn();
  });

  it('lists each document with its number, addressee, issue date and that it is not yet served', () => {
    renderWithProviders(<OfficialDocumentsCard caseId="case-1" documents={[notice]} />);

    const row = screen.getByText('受理通知书').closest('tr')!;
    expect(within(row).getByText('渝北知受字〔2026〕7号')).toBeInTheDocument();
    expect(within(row).getByText('请求人：张伟')).toBeInTheDocument();
    expect(within(row).getByText('2026-11-23')).toBeInTheDocument();
    expect(within(row).getByText('未送达（受送达人首次查阅之日为送达日）')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: /下载/ })).toHaveAttribute('href', url);
    expect(within(row).queryByRole('button', { name: '登记送达' })).not.toBeInTheDocument();
  });

  it('shows how and when a served document was served', () => {
    const served: OfficialDocument = {
      ...notice,
      services: [
        {
          partyRole: 'REQUESTER',
          method: 'PUBLIC_NOTICE',
          servedOn: '2026-12-23',
          publishedOn: '2026-11-23',
          recordedBy: 'officer.yb',
          recordedAt: '2026-11-23T01:00:00Z',
        },
      ],
    };
    renderWithProviders(<OfficialDocumentsCard caseId="case-1" documents={[served]} canRecordService />);

    expect(screen.getByText('公告送达，2026-12-23 送达（公告发布于 2026-11-23）')).toBeInTheDocument();
    expect(screen.queryByText(/未送达/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '登记送达' })).not.toBeInTheDocument();
  });

  it('opens the PDF in a frame once fetched, the fetch being the addressee’s reading of it', async () => {
    server.use(http.get(url, () => new HttpResponse('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } })));
    const requests = recordRequests();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<OfficialDocumentsCard caseId="case-1" documents={[notice]} />);

    await user.click(screen.getByRole('button', { name: /查看/ }));

    const frame = await screen.findByTitle('受理通知书（渝北知受字〔2026〕7号）');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('src', 'blob:pdf-1');
    expect(requests.map(requestLine)).toEqual([`GET ${url}`]);
  });

  it('says so when the document cannot be opened', async () => {
    server.use(http.get(url, () => problem(404, { title: 'Not Found', detail: '未找到该记录' })));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<OfficialDocumentsCard caseId="case-1" documents={[notice]} />);

    await user.click(screen.getByRole('button', { name: /查看/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent('文书未能打开');
    await waitFor(() => expect(screen.queryByTitle(/受理通知书（/)).not.toBeInTheDocument());
  });

  it('lets an officer record the service of a document not yet served', async () => {
    renderWithProviders(<OfficialDocumentsCard caseId="case-1" documents={[notice]} canRecordService />);

    expect(screen.getByRole('button', { name: '登记送达' })).toBeInTheDocument();
  });
});

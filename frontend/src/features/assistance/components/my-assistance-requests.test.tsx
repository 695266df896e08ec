import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import type { AssistanceRequest } from '../types';
import { MyAssistanceRequests } from './my-assistance-requests';

const REQUEST: AssistanceRequest = {
  caseId: 'c-1',
  caseNumber: '渝北知援〔2026〕1号',
  stage: 'ASSISTANCE_AWAITING_FEEDBACK',
  filedAt: '2026-11-23T09:00:00+08:00',
  field: 'MECHANICAL',
  smallOrMicroFirm: true,
  assignedTo: '李专家',
  assistanceKind: 'REFERENCE_OPINION',
  awaits: ['FEEDBACK'],
};

function mockServer(requests: AssistanceRequest[]) {
  const posts: { url: string; body: unknown }[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  server.use(
    http.get('/api/assistance/mine', () => HttpResponse.json(requests)),
    http.post('/api/*', async ({ request }) => {
      posts.push({ url: new URL(request.url).pathname, body: await request.json() });
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return posts;
}

describe('my assistance requests', { timeout: 60_000 }, () => {
  it('lists the applicant’s requests with where each stands', async () => {
    mockServer([{ ...REQUEST, awaits: [], stage: 'ASSISTANCE_CLOSED', rating: 4 }]);
    renderWithProviders(<MyAssistanceRequests caseLink={(id) => `/portal/cases/${id}`} />);

    expect(await screen.findByRole('link', { name: '渝北知援〔2026〕1号' })).toHaveAttribute(
      'href',
      '/portal/cases/c-1',
    );
    expect(screen.getByText('援助已结案')).toBeInTheDocument();
    expect(screen.getByText('李专家')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '评价援助' })).not.toBeInTheDocument();
  });

  it('asks for a rating before sending the applicant’s feedback', async () => {
    const posts = mockServer([REQUEST]);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<MyAssistanceRequests caseLink={(id) => `/portal/cases/${id}`} />);

    await user.click(await screen.findByRole('button', { name: '评价援助' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '提交评价' }));
    expect(await within(dialog).findByText('请填写此项')).toBeInTheDocument();
    expect(posts).toEqual([]);

    await user.click(within(dialog).getAllByRole('radio')[4]);
    await user.type(within(dialog).getByLabelText('意见和建议'), '很及时。');
    await user.click(within(dialog).getByRole('button', { name: '提交评价' }));

    await waitFor(() =>
      expect(posts).toEqual([{ url: '/api/cases/c-1/assistance/feedback', body: { rating: 5, comment: '很及时。' } }]),
    );
  });
});

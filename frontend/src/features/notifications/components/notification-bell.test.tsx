import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { NotificationBell } from './notification-bell';

const NOTICES = {
  unread: 1,
  items: [
    {
      id: 7,
      caseId: 'c1',
      kind: 'STAGE_CHANGED',
      params: { caseNumber: '渝北知裁〔2026〕7号', stage: 'ACCEPTED' },
      createdAt: '2026-11-23T02:00:00Z',
    },
    {
      id: 6,
      caseId: 'c1',
      kind: 'CASE_FILED',
      params: { caseNumber: '渝北知裁〔2026〕7号' },
      createdAt: '2026-11-23T01:00:00Z',
      readAt: '2026-11-23T01:05:00Z',
    },
  ],
};

describe('NotificationBell', () => {
  it('shows the unread count and each notice in plain words, and marks one read when opened', async () => {
    const posts: string[] = [];
    document.cookie = 'XSRF-TOKEN=t; path=/';
    server.use(
      http.get('/api/session', () =>
        HttpResponse.json({
          authenticated: true,
          user: { username: 'complainant', displayName: '张伟', roles: ['COMPLAINANT'] },
        }),
      ),
      http.get('/api/notifications', () => HttpResponse.json(NOTICES)),
      // any POST, so that marking more than the one notice opened shows
      http.post('/api/*', ({ request }) => {
        posts.push(new URL(request.url).pathname);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<NotificationBell caseLink={(id) => `/portal/cases/${id}`} />);

    // the count arrives with the first poll: allow for a busy machine, not the one-second default
    await user.click(await screen.findByRole('button', { name: '通知，1 条未读' }, { timeout: 10_000 }));

    expect(
      await screen.findByText('案件 渝北知裁〔2026〕7号 的状态已变为：已受理。', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('您的请求已提交，案号 渝北知裁〔2026〕7号。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '案件 渝北知裁〔2026〕7号 的状态已变为：已受理。' }));

    await waitFor(() => expect(posts).toEqual(['/api/notifications/7/read']));
  });
});

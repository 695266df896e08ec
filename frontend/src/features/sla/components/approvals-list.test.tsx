import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { recordRequests, server } from '@/testing/server';
import { ApprovalsList } from './approvals-list';

function signedInAs(roles: string[]) {
  server.use(
    http.get('/api/session', () =>
      HttpResponse.json({ authenticated: true, user: { username: 'u', displayName: '林涛', roles } }),
    ),
    http.get('/api/inbox/tasks', () => HttpResponse.json({ items: [], total: 0 })),
  );
}

describe('ApprovalsList', () => {
  it("does not ask the inbox for approvals on an administrator's board", async () => {
    signedInAs(['ADMIN']);
    const requests = recordRequests();
    renderWithProviders(<ApprovalsList onOpen={() => {}} caseLink={(id) => id} />);

    await waitFor(() => expect(requests.map((r) => new URL(r.url).pathname)).toContain('/api/session'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests.map((r) => new URL(r.url).pathname)).not.toContain('/api/inbox/tasks');
  });

  it("lists a supervisor's approvals", async () => {
    signedInAs(['SUPERVISOR', 'OFFICER']);
    renderWithProviders(<ApprovalsList onOpen={() => {}} caseLink={(id) => id} />);

    expect(await screen.findByText('待审批事项')).toBeInTheDocument();
  });
});

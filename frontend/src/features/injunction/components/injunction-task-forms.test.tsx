import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import { InjunctionApprovalForm, InjunctionReviewForm } from './injunction-task-forms';

function mockComplete(response: () => Response) {
  const bodies: unknown[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  server.use(
    http.post('/api/inbox/tasks/task-1/complete', async ({ request }) => {
      bodies.push(await request.json());
      return response();
    }),
  );
  return bodies;
}

// Ant Design's forms are slow to drive in jsdom on a busy machine
describe('injunction task forms', { timeout: 60_000 }, () => {
  it('asks for the acts to stop before proposing the injunction, then sends them', async () => {
    const bodies = mockComplete(() => new HttpResponse(null, { status: 204 }));
    const onCompleted = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<InjunctionReviewForm taskId="task-1" onCompleted={onCompleted} />);

    await user.click(screen.getByLabelText('提请负责人批准发布禁令'));
    await user.click(screen.getByRole('button', { name: '提交审查意见' }));
    expect(await screen.findByText('请填写此项')).toBeInTheDocument();
    expect(bodies).toEqual([]);

    await user.type(screen.getByLabelText('责令立即停止的行为'), '立即停止展出。');
    await user.click(screen.getByRole('button', { name: '提交审查意见' }));

    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    expect(bodies).toEqual([{ decision: 'PROPOSE', stopOrder: '立即停止展出。', missingItems: [] }]);
  });

  it('shows the server’s reason under the field it names', async () => {
    mockComplete(() =>
      problem(400, {
        title: 'Bad Request',
        detail: '请求有误',
        errors: [{ field: 'reasons', message: '请写明不予发布禁令的理由。' }],
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<InjunctionReviewForm taskId="task-1" onCompleted={vi.fn()} />);

    await user.click(screen.getByLabelText('不予发布禁令'));
    await user.type(screen.getByLabelText('理由'), ' x');
    await user.click(screen.getByRole('button', { name: '提交审查意见' }));

    expect(await screen.findByText('请写明不予发布禁令的理由。')).toBeInTheDocument();
  });

  it('asks the supervisor how the approved injunction is to be served', async () => {
    const bodies = mockComplete(() => new HttpResponse(null, { status: 204 }));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<InjunctionApprovalForm taskId="task-1" onCompleted={vi.fn()} />);

    await user.click(screen.getByLabelText('批准发布禁令'));
    await user.click(screen.getByRole('button', { name: '提交审批意见' }));

    expect(await screen.findByText('请填写此项')).toBeInTheDocument();
    expect(screen.getByText('向被申请人送达的方式')).toBeInTheDocument();
    expect(bodies).toEqual([]);
  });
});

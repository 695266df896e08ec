import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { problemResponse, renderWithProviders } from '@/testing/render';
import { AcceptanceReviewForm } from './acceptance-review-form';

function mockComplete(response: () => Response) {
  const bodies: unknown[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/inbox/tasks/task-1/complete') bodies.push(JSON.parse(String(init?.body)));
      return response();
    }),
  );
  return bodies;
}

describe('AcceptanceReviewForm', () => {
  it('accepts with a single choice', async () => {
    const bodies = mockComplete(() => new Response(null, { status: 204 }));
    const onCompleted = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AcceptanceReviewForm taskId="task-1" onCompleted={onCompleted} />);

    await user.click(screen.getByRole('radio', { name: '受理' }));
    await user.click(screen.getByRole('button', { name: '提交决定' }));

    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    expect(bodies).toEqual([{ decision: 'ACCEPT' }]);
  });

  it('does not refuse without reasons', async () => {
    const bodies = mockComplete(() => new Response(null, { status: 204 }));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AcceptanceReviewForm taskId="task-1" onCompleted={vi.fn()} />);

    await user.click(screen.getByRole('radio', { name: '不予受理' }));
    await user.click(screen.getByRole('button', { name: '提交决定' }));

    expect(await screen.findByText('不予受理的，请填写理由')).toBeInTheDocument();
    expect(bodies).toEqual([]);
  });

  it('asks for the missing items and a due date before requesting a supplement', async () => {
    const bodies = mockComplete(() => new Response(null, { status: 204 }));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AcceptanceReviewForm taskId="task-1" onCompleted={vi.fn()} />);

    await user.click(screen.getByRole('radio', { name: '通知补正' }));
    await user.click(screen.getByRole('button', { name: '提交决定' }));

    expect(await screen.findByText('请填写补正事项')).toBeInTheDocument();
    expect(screen.getByText('请选择补正期限')).toBeInTheDocument();
    expect(bodies).toEqual([]);
  });

  it('shows the server’s message when the task was taken meanwhile', async () => {
    mockComplete(() => problemResponse(409, { title: 'Conflict', detail: '该任务已由他人办理' }));
    const onCompleted = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AcceptanceReviewForm taskId="task-1" onCompleted={onCompleted} />);

    await user.click(screen.getByRole('radio', { name: '受理' }));
    await user.click(screen.getByRole('button', { name: '提交决定' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('该任务已由他人办理');
    expect(onCompleted).not.toHaveBeenCalled();
  });
});

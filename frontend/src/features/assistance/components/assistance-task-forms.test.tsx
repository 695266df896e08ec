import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import { AssistanceReviewForm, AssistanceServiceForm } from './assistance-task-forms';

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
describe('assistance task forms', { timeout: 60_000 }, () => {
  it('asks for the reasons before refusing, then sends them', async () => {
    const bodies = mockComplete(() => new HttpResponse(null, { status: 204 }));
    const onCompleted = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AssistanceReviewForm taskId="task-1" onCompleted={onCompleted} />);

    await user.click(screen.getByLabelText('不予受理'));
    await user.click(screen.getByRole('button', { name: '提交审查意见' }));
    expect(await screen.findByText('请填写此项')).toBeInTheDocument();
    expect(bodies).toEqual([]);

    await user.type(screen.getByLabelText('不予受理的理由'), '不属于援助范围。');
    await user.click(screen.getByRole('button', { name: '提交审查意见' }));

    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    expect(bodies).toEqual([{ decision: 'REFUSE', reasons: '不属于援助范围。', missingItems: [] }]);
  });

  it('sends a referral into adjudication with the claims as numbers', async () => {
    const bodies = mockComplete(() => new HttpResponse(null, { status: 204 }));
    const onCompleted = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AssistanceServiceForm taskId="task-1" onCompleted={onCompleted} />);

    await user.click(screen.getByLabelText('转介行政裁决'));
    expect(screen.queryByLabelText('援助意见')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('请求保护的权利要求'), '1，3');
    await user.type(screen.getByLabelText('请求事项'), '责令停止侵权。');
    await user.click(screen.getByRole('button', { name: '提交援助结果' }));

    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    expect(bodies).toEqual([{ kind: 'REFER_ADJUDICATION', claims: [1, 3], requestedMeasures: '责令停止侵权。' }]);
  });

  it('shows the server’s reason under the field it names', async () => {
    mockComplete(() =>
      problem(400, {
        title: 'Bad Request',
        detail: '请求有误',
        errors: [{ field: 'opinion', message: '请写明援助意见。' }],
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AssistanceServiceForm taskId="task-1" onCompleted={vi.fn()} />);

    await user.click(screen.getByLabelText('侵权判定参考意见'));
    await user.type(screen.getByLabelText('援助意见'), ' x');
    await user.click(screen.getByRole('button', { name: '提交援助结果' }));

    expect(await screen.findByText('请写明援助意见。')).toBeInTheDocument();
  });
});

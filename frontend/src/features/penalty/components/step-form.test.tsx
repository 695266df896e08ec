import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { StepForm } from './step-form';

function mockComplete() {
  const bodies: unknown[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  server.use(
    http.post('/api/inbox/tasks/task-1/complete', async ({ request }) => {
      bodies.push(await request.json());
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return bodies;
}

describe('StepForm', () => {
  it('approves a filing with one choice', async () => {
    const bodies = mockComplete();
    const onCompleted = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<StepForm formKey="penalty-filing-approval" taskId="task-1" onCompleted={onCompleted} />);

    await user.click(screen.getByRole('radio', { name: '批准' }));
    await user.click(screen.getByRole('button', { name: '提交' }));

    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    expect(bodies).toEqual([{ outcome: 'APPROVED' }]);
  });

  it('does not refuse a filing without its reasons', async () => {
    const bodies = mockComplete();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<StepForm formKey="penalty-filing-approval" taskId="task-1" onCompleted={vi.fn()} />);

    await user.click(screen.getByRole('radio', { name: '不予批准' }));
    await user.click(screen.getByRole('button', { name: '提交' }));

    expect(await screen.findByText('请填写意见或理由')).toBeInTheDocument();
    expect(bodies).toEqual([]);
  });

  it('asks for the day and the method of a service', async () => {
    const bodies = mockComplete();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<StepForm formKey="penalty-notice-service" taskId="task-1" onCompleted={vi.fn()} />);

    expect(screen.getByText(/五个工作日内要求听证/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提交' }));

    expect(await screen.findByText('请填写日期')).toBeInTheDocument();
    expect(screen.getByText('请填写送达方式')).toBeInTheDocument();
    expect(bodies).toEqual([]);
  });
});

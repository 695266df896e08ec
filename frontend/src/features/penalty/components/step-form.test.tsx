import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render';
import { StepForm } from './step-form';

function mockComplete() {
  const bodies: unknown[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/inbox/tasks/task-1/complete') bodies.push(JSON.parse(String(init?.body)));
      return new Response(null, { status: 204 });
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

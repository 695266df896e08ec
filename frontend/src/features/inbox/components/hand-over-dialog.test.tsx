import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import { HandOverDialog } from './hand-over-dialog';

const COLLEAGUES = [
  { username: 'officer.yb', displayName: '陈静', supervisor: false, officeId: 'yubei' },
  { username: 'officer2.yb', displayName: '杨帆', supervisor: false, officeId: 'yubei' },
  { username: 'supervisor.yb', displayName: '林涛', supervisor: true, officeId: 'yubei' },
];

type Call = { url: string; body?: unknown };

/** The colleagues to choose from; every hand-over (transfer, delegation, reassignment) answered by `onHandOver`. */
function serve(onHandOver: () => Response) {
  const calls: Call[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  server.use(
    http.get('/api/inbox/colleagues', () => HttpResponse.json(COLLEAGUES)),
    http.post('/api/inbox/tasks/*', async ({ request }) => {
      calls.push({ url: new URL(request.url).pathname, body: await request.json() });
      return onHandOver();
    }),
  );
  return calls;
}

describe('HandOverDialog', () => {
  it('will not transfer without a reason, and sends colleague and reason once given', async () => {
    const calls = serve(() => new HttpResponse(null, { status: 204 }));
    const onClose = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <HandOverDialog
        kind="TRANSFER"
        taskIds={['t1']}
        officeId="yubei"
        currentAssignee="officer.yb"
        onClose={onClose}
      />,
    );

    await user.click(screen.getByRole('combobox', { name: '承办人' }));
    expect(screen.queryByTitle('陈静')).not.toBeInTheDocument(); // who has it now is not offered
    await user.click(await screen.findByTitle('杨帆'));
    await user.click(screen.getByRole('button', { name: '确定' }));

    expect(await screen.findByText('请填写理由')).toBeInTheDocument();
    expect(calls.some((c) => c.url.includes('/transfer'))).toBe(false);

    await user.type(screen.getByRole('textbox', { name: '理由' }), '承办人出差');
    await user.click(screen.getByRole('button', { name: '确定' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls.find((c) => c.url === '/api/inbox/tasks/t1/transfer')?.body).toEqual({
      assignee: 'officer2.yb',
      reason: '承办人出差',
    });
  });

  it('assigns several tasks at once for a supervisor', async () => {
    const calls = serve(() => new HttpResponse(null, { status: 204 }));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<HandOverDialog kind="REASSIGN" taskIds={['t1', 't2']} officeId="yubei" onClose={vi.fn()} />);

    await user.click(screen.getByRole('combobox', { name: '承办人' }));
    await user.click(await screen.findByTitle('林涛'));
    await user.type(screen.getByRole('textbox', { name: '理由' }), '均衡工作量');
    await user.click(screen.getByRole('button', { name: '确定' }));

    await waitFor(() =>
      expect(calls.find((c) => c.url === '/api/inbox/tasks/bulk-reassign')?.body).toEqual({
        taskIds: ['t1', 't2'],
        assignee: 'supervisor.yb',
        reason: '均衡工作量',
      }),
    );
  });

  it('says who has the task now when someone else was quicker', async () => {
    serve(() =>
      problem(409, {
        detail: '该任务已由 杨帆 认领。',
        task: { taskId: 't1', status: 'OPEN', assignee: 'officer2.yb', assigneeName: '杨帆' },
      }),
    );
    const onClose = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<HandOverDialog kind="DELEGATE" taskIds={['t1']} officeId="yubei" onClose={onClose} />);

    await user.click(screen.getByRole('combobox', { name: '承办人' }));
    await user.click(await screen.findByTitle('林涛'));
    await user.type(screen.getByRole('textbox', { name: '理由' }), '请协助核对');
    await user.click(screen.getByRole('button', { name: '确定' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('该任务现由 杨帆 承办。');
    expect(onClose).not.toHaveBeenCalled();
  });
});

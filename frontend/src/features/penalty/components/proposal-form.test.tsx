import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import { ProposalForm } from './proposal-form';

/** The server's quote: no gains recorded, so a ceiling of 250,000 yuan; the band by level. */
function mockServer(complete: () => Response = () => new HttpResponse(null, { status: 204 })) {
  const completed: unknown[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  server.use(
    http.get('/api/penalty/ceiling', ({ request }) => {
      const level = new URL(request.url).searchParams.get('discretionLevel');
      return HttpResponse.json({
        illegalGains: '0',
        ceiling: '250000.00',
        gainsMultiple: null,
        level,
        ...(level === 'NORMAL' ? { rangeMin: '75000.00', rangeMax: '175000.00' } : {}),
      });
    }),
    http.post('/api/inbox/tasks/task-1/complete', async ({ request }) => {
      completed.push(await request.json());
      return complete();
    }),
  );
  return completed;
}

describe('ProposalForm', () => {
  it('shows the statutory ceiling and the band of the level chosen', async () => {
    mockServer();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ProposalForm taskId="task-1" onCompleted={vi.fn()} />);

    expect(await screen.findByTestId('penalty-ceiling')).toHaveTextContent('250,000.00 元');
    await user.click(screen.getByRole('radio', { name: '一般' }));

    expect(await screen.findByTestId('penalty-range')).toHaveTextContent('75,000.00 元 – 175,000.00 元');
  });

  it('flags a fine above the ceiling at once and sends nothing', async () => {
    const completed = mockServer();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ProposalForm taskId="task-1" onCompleted={vi.fn()} />);
    await screen.findByTestId('penalty-ceiling');

    await user.click(screen.getByRole('radio', { name: '严重' }));
    await user.type(screen.getByLabelText('罚款（元）'), '250000.01');
    await user.type(screen.getByLabelText('责令改正的内容（一并公告）'), '停止销售');
    await user.click(screen.getByRole('button', { name: '提交' }));

    expect(await screen.findByText('超过法定上限 250,000.00 元')).toBeInTheDocument();
    expect(completed).toEqual([]);
  });

  it('sends the fine as exact decimal text', async () => {
    const completed = mockServer();
    const onCompleted = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ProposalForm taskId="task-1" onCompleted={onCompleted} />);
    await screen.findByTestId('penalty-ceiling');

    await user.click(screen.getByRole('radio', { name: '一般' }));
    await user.type(screen.getByLabelText('罚款（元）'), '80000.10');
    await user.type(screen.getByLabelText('责令改正的内容（一并公告）'), '停止销售');
    await user.click(screen.getByRole('button', { name: '提交' }));

    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    expect(completed).toEqual([
      {
        fine: '80000.10',
        discretionLevel: 'NORMAL',
        correction: '停止销售',
        confiscateSeized: true,
        complexOrMajor: false,
      },
    ]);
  });

  it('puts the server’s refusal under the fine', async () => {
    mockServer(() =>
      problem(400, {
        detail: '提交的内容有误',
        errors: [{ field: 'fine', message: '当事人已陈述、申辩或听证，不得因此加重处罚' }],
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ProposalForm taskId="task-1" onCompleted={vi.fn()} />);
    await screen.findByTestId('penalty-ceiling');

    await user.click(screen.getByRole('radio', { name: '一般' }));
    await user.type(screen.getByLabelText('罚款（元）'), '90000');
    await user.type(screen.getByLabelText('责令改正的内容（一并公告）'), '停止销售');
    await user.click(screen.getByRole('button', { name: '提交' }));

    expect(await screen.findByText('当事人已陈述、申辩或听证，不得因此加重处罚')).toBeInTheDocument();
  });
});

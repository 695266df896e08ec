import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import { AcceptanceReviewForm } from './acceptance-review-form';

function mockComplete(response: () => Response) {
  const bodies: unknown[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  server.use(
    http.get('/api/inbox/tasks/task-1/form', () => HttpResponse.json(DESCRIPTION)),
    http.post('/api/inbox/tasks/task-1/complete', async ({ request }) => {
      bodies.push(await request.json());
      return response();
    }),
  );
  return bodies;
}

const OFFICERS = [
  { username: 'officer.yb', displayName: '陈静' },
  { username: 'officer2.yb', displayName: '杨帆' },
  { username: 'officer3.yb', displayName: '何军' },
];

/** The step's description, as far as the form reads it: the officers it may appoint. */
const DESCRIPTION = {
  formKey: 'acceptance-review',
  submitLabel: '提交决定',
  fields: [
    {
      name: 'panelMembers',
      kind: 'MULTISELECT',
      label: '合议组成员',
      required: false,
      shownWhen: [{ field: 'decision', is: ['ACCEPT'] }],
      choices: OFFICERS.map((o) => ({ value: o.username, label: `${o.displayName}（${o.username}）` })),
    },
  ],
};

// Ant Design's selects and date picker are slow to drive in jsdom on a busy machine
describe('AcceptanceReviewForm', { timeout: 60_000 }, () => {
  it('accepts with a panel of three and every condition of article 12 checked', async () => {
    const bodies = mockComplete(() => new HttpResponse(null, { status: 204 }));
    const onCompleted = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AcceptanceReviewForm taskId="task-1" onCompleted={onCompleted} />);

    await user.click(screen.getByRole('radio', { name: '受理' }));
    await user.click(screen.getByRole('combobox', { name: '合议组成员' }));
    for (const officer of OFFICERS) {
      await user.click(await screen.findByText(`${officer.displayName}（${officer.username}）`));
    }
    for (const condition of [
      /请求人是专利权人/,
      /有明确的被请求人/,
      /有明确的请求事项/,
      /属于本部门/,
      /没有就该纠纷/,
      /涉案专利权有效/,
    ]) {
      await user.click(screen.getByRole('checkbox', { name: condition }));
    }
    // Enter confirms the typed date and, as in any form, submits it
    await user.type(screen.getByLabelText(/请求人知道或者应当知道/), '2026-10-01{enter}');

    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    expect(bodies).toEqual([
      {
        decision: 'ACCEPT',
        panelMembers: ['officer.yb', 'officer2.yb', 'officer3.yb'],
        admissibility: {
          standing: true,
          definiteRespondent: true,
          definiteClaims: true,
          withinJurisdiction: true,
          noSuitOrOtherAgreement: true,
          patentInForce: true,
          infringementKnownOn: '2026-10-01',
          continuingInfringement: false,
        },
        repeatInfringement: false,
      },
    ]);
  }, 60_000);

  it('does not accept without an odd panel and the conditions of article 12', async () => {
    const bodies = mockComplete(() => new HttpResponse(null, { status: 204 }));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AcceptanceReviewForm taskId="task-1" onCompleted={vi.fn()} />);

    await user.click(screen.getByRole('radio', { name: '受理' }));
    await user.click(screen.getByRole('button', { name: '提交决定' }));

    expect(await screen.findByText('合议组应当由三名以上单数执法人员组成')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText('不符合该条件的，应当不予受理')).toHaveLength(6));
    expect(bodies).toEqual([]);
  });

  it('does not refuse without reasons', async () => {
    const bodies = mockComplete(() => new HttpResponse(null, { status: 204 }));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AcceptanceReviewForm taskId="task-1" onCompleted={vi.fn()} />);

    await user.click(screen.getByRole('radio', { name: '不予受理' }));
    await user.click(screen.getByRole('button', { name: '提交决定' }));

    expect(await screen.findByText('不予受理的，请填写理由')).toBeInTheDocument();
    expect(bodies).toEqual([]);
  });

  it('asks for the missing items and a due date before requesting a supplement', async () => {
    const bodies = mockComplete(() => new HttpResponse(null, { status: 204 }));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AcceptanceReviewForm taskId="task-1" onCompleted={vi.fn()} />);

    await user.click(screen.getByRole('radio', { name: '通知补正' }));
    await user.click(screen.getByRole('button', { name: '提交决定' }));

    expect(await screen.findByText('请填写补正事项')).toBeInTheDocument();
    expect(screen.getByText('请选择补正期限')).toBeInTheDocument();
    expect(bodies).toEqual([]);
  });

  it('shows the server’s message when the task was taken meanwhile', async () => {
    mockComplete(() => problem(409, { title: 'Conflict', detail: '该任务已由他人办理' }));
    const onCompleted = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AcceptanceReviewForm taskId="task-1" onCompleted={onCompleted} />);

    await user.click(screen.getByRole('radio', { name: '不予受理' }));
    await user.type(screen.getByLabelText('理由'), '请求人不是专利权人或利害关系人。');
    await user.click(screen.getByRole('button', { name: '提交决定' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('该任务已由他人办理');
    expect(onCompleted).not.toHaveBeenCalled();
  });
});

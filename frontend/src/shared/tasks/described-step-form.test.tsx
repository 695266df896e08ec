import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import { DescribedStepForm } from './described-step-form';
import type { FieldDescription, StepDescription } from './get-task-form';

const field = (f: Partial<FieldDescription> & Pick<FieldDescription, 'name' | 'kind' | 'label'>): FieldDescription => ({
  required: false,
  shownWhen: [],
  ...f,
});

/** A supervisor's approval as the server describes it: a decision, and comments that a return needs. */
const APPROVAL: StepDescription = {
  formKey: 'test-approval',
  intro: '负责人审批行政裁决书草稿。',
  submitLabel: '提交审批意见',
  fields: [
    field({
      name: 'decision',
      kind: 'RADIO',
      label: '决定',
      required: true,
      choices: [
        { value: 'APPROVE', label: '同意' },
        { value: 'RETURN', label: '退回修改' },
      ],
    }),
    field({
      name: 'comments',
      kind: 'TEXTAREA',
      label: '意见',
      required: true,
      maxLength: 5000,
      shownWhen: [{ field: 'decision', is: ['RETURN'] }],
    }),
    field({ name: 'reference', kind: 'TEXT', label: '文号', requiredWhen: { field: 'decision', is: ['APPROVE'] } }),
    field({ name: 'decidedOn', kind: 'DATE', label: '审批日期', required: true }),
  ],
  initialValues: { decidedOn: '2026-11-23' },
};

/** The description, and every completion sent, answered by `onComplete`. */
function serve(
  description: StepDescription,
  onComplete: () => Response = () => new HttpResponse(null, { status: 204 }),
) {
  const sent: unknown[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  server.use(
    http.get('/api/inbox/tasks/t1/form', () => HttpResponse.json(description)),
    http.post('/api/inbox/tasks/t1/complete', async ({ request }) => {
      sent.push(await request.json());
      return onComplete();
    }),
  );
  return sent;
}

describe('DescribedStepForm', () => {
  it('draws the fields the server describes, with their words and the values they open with', async () => {
    serve(APPROVAL);
    renderWithProviders(<DescribedStepForm taskId="t1" onCompleted={() => {}} />);

    expect(await screen.findByRole('form', { name: '办理表单' })).toBeInTheDocument();
    expect(screen.getByText('负责人审批行政裁决书草稿。')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '同意' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '退回修改' })).toBeInTheDocument();
    expect(screen.getByLabelText('审批日期')).toHaveValue('2026-11-23');
    expect(screen.getByRole('button', { name: '提交审批意见' })).toBeInTheDocument();
  });

  it('asks for a field only when another field calls for it, and sends only what it shows', async () => {
    const sent = serve(APPROVAL);
    const onCompleted = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<DescribedStepForm taskId="t1" onCompleted={onCompleted} />);

    await user.click(await screen.findByRole('radio', { name: '退回修改' }));
    await user.click(screen.getByRole('button', { name: '提交审批意见' }));
    expect(await screen.findByText('请填写此项')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.type(screen.getByLabelText('意见'), '事实部分需补充');
    await user.click(screen.getByRole('button', { name: '提交审批意见' }));
    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    expect(sent).toEqual([{ decision: 'RETURN', comments: '事实部分需补充', decidedOn: '2026-11-23' }]);
  });

  it('requires a field another field makes required, and drops a hidden one', async () => {
    const sent = serve(APPROVAL);
    const onCompleted = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<DescribedStepForm taskId="t1" onCompleted={onCompleted} />);

    await user.click(await screen.findByRole('radio', { name: '退回修改' }));
    await user.type(screen.getByLabelText('意见'), '不用了');
    await user.click(screen.getByRole('radio', { name: '同意' }));
    expect(screen.queryByLabelText('意见')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提交审批意见' }));
    expect(await screen.findByText('请填写此项')).toBeInTheDocument();

    await user.type(screen.getByLabelText('文号'), '渝北知〔2026〕3号');
    await user.click(screen.getByRole('button', { name: '提交审批意见' }));
    await waitFor(() => expect(onCompleted).toHaveBeenCalled());
    expect(sent).toEqual([{ decision: 'APPROVE', reference: '渝北知〔2026〕3号', decidedOn: '2026-11-23' }]);
  });

  it('shows what the server refuses under the field it names', async () => {
    serve(APPROVAL, () =>
      problem(400, {
        title: 'Bad Request',
        detail: '提交的内容有误',
        errors: [{ field: 'decidedOn', message: '日期不能晚于今天。' }],
      }),
    );
    const onCompleted = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<DescribedStepForm taskId="t1" onCompleted={onCompleted} />);

    await user.click(await screen.findByRole('radio', { name: '同意' }));
    await user.type(screen.getByLabelText('文号'), '渝北知〔2026〕3号');
    await user.click(screen.getByRole('button', { name: '提交审批意见' }));

    expect(await screen.findByText('日期不能晚于今天。')).toBeInTheDocument();
    expect(onCompleted).not.toHaveBeenCalled();
  });
});

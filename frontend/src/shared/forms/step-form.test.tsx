import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '@/shared/api/problem';
import { renderWithProviders } from '@/testing/render';
import { StepForm, type Field } from './step-form';

const FIELDS: Field[] = [
  {
    name: 'decision',
    kind: 'radio',
    label: '决定',
    required: true,
    options: [
      { value: 'REJECT', label: '驳回' },
      { value: 'TRANSFER', label: '移送' },
    ],
  },
  { name: 'transferTo', kind: 'text', label: '移送的部门', required: true, visible: (v) => v.decision === 'TRANSFER' },
  { name: 'decidedOn', kind: 'date', label: '日期', required: true },
];

describe('StepForm', () => {
  it('sends dates as days and leaves out the fields the values do not call for', async () => {
    const onSubmit = vi.fn(async () => undefined);
    const onDone = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <StepForm fields={FIELDS} submitLabel="提交" ariaLabel="步骤" onSubmit={onSubmit} onDone={onDone} />,
    );

    await user.click(screen.getByRole('radio', { name: '移送' }));
    await user.type(screen.getByLabelText('移送的部门'), '渝中区知识产权局');
    await user.click(screen.getByRole('radio', { name: '驳回' }));
    await user.type(screen.getByLabelText('日期'), '2026-11-23{enter}');
    await user.click(screen.getByRole('button', { name: '提交' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(onSubmit).toHaveBeenCalledWith({ decision: 'REJECT', decidedOn: '2026-11-23' });
  }, 60_000);

  it('asks for a field the values call for before sending', async () => {
    const onSubmit = vi.fn(async () => undefined);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <StepForm fields={FIELDS} submitLabel="提交" ariaLabel="步骤" onSubmit={onSubmit} onDone={vi.fn()} />,
    );

    await user.click(screen.getByRole('radio', { name: '移送' }));
    await user.click(screen.getByRole('button', { name: '提交' }));

    expect(await screen.findAllByText('请填写此项')).toHaveLength(2);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends a group’s fields as an object of their own', async () => {
    const fields: Field[] = [
      {
        name: 'admissibility',
        kind: 'group',
        label: '受理条件',
        fields: [
          { name: 'standing', kind: 'switch', label: '请求人适格' },
          { name: 'knownOn', kind: 'date', label: '知道之日', required: true },
        ],
      },
    ];
    const onSubmit = vi.fn(async () => undefined);
    const onDone = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <StepForm fields={fields} submitLabel="提交" ariaLabel="步骤" onSubmit={onSubmit} onDone={onDone} />,
    );

    await user.click(screen.getByRole('switch', { name: '请求人适格' }));
    await user.type(screen.getByLabelText('知道之日'), '2026-10-01{enter}');
    await user.click(screen.getByRole('button', { name: '提交' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(onSubmit).toHaveBeenCalledWith({ admissibility: { standing: true, knownOn: '2026-10-01' } });
  }, 60_000);

  it('shows the server’s message under the field it names and its detail above the button', async () => {
    const onSubmit = vi.fn(async () => {
      throw new ApiError({
        status: 400,
        detail: '提交的内容有误',
        errors: [{ field: 'decidedOn', message: '日期不能晚于今天。' }],
      });
    });
    const onDone = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <StepForm fields={FIELDS} submitLabel="提交" ariaLabel="步骤" onSubmit={onSubmit} onDone={onDone} />,
    );

    await user.click(screen.getByRole('radio', { name: '驳回' }));
    await user.type(screen.getByLabelText('日期'), '2026-11-23{enter}');
    await user.click(screen.getByRole('button', { name: '提交' }));

    expect(await screen.findByText('日期不能晚于今天。')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('提交的内容有误');
    expect(onDone).not.toHaveBeenCalled();
  });
});

import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { StepForm, type Field, type Values } from '@/shared/forms/step-form';
import { todayInOffice } from '@/shared/lib/format';
import { useCompleteTask } from '@/shared/tasks/complete-task';

type Props = { taskId: string; onCompleted: () => void };

const SERVICE_METHODS = ['PERSONAL', 'POSTAL', 'ELECTRONIC', 'LEFT_AT_ADDRESS', 'PUBLIC_NOTICE'] as const;

function useServiceOptions() {
  const { t } = useTranslation();
  return SERVICE_METHODS.map((m) => ({ value: m, label: t(`injunction.serviceMethod.${m}`) }));
}

function TaskStepForm({ taskId, onCompleted, fields, submitLabel }: Props & { fields: Field[]; submitLabel: string }) {
  const complete = useCompleteTask();
  return (
    <StepForm
      fields={fields}
      submitLabel={submitLabel}
      ariaLabel={submitLabel}
      onSubmit={(values) => complete.mutateAsync({ taskId, values })}
      onDone={onCompleted}
    />
  );
}

/** The expedited review: propose, ask once for everything missing, or refuse with reasons. */
export function InjunctionReviewForm(props: Props) {
  const { t } = useTranslation();
  const decision = (values: Values) => values.decision as string | undefined;
  const fields: Field[] = [
    {
      name: 'decision',
      kind: 'radio',
      label: t('injunction.review.decision'),
      required: true,
      options: (['PROPOSE', 'SUPPLEMENT', 'REFUSE'] as const).map((d) => ({
        value: d,
        label: t(`injunction.review.${d}`),
      })),
    },
    {
      name: 'stopOrder',
      kind: 'textarea',
      label: t('injunction.review.stopOrder'),
      required: true,
      visible: (v) => decision(v) === 'PROPOSE',
    },
    {
      name: 'reasons',
      kind: 'textarea',
      label: t('injunction.review.reasons'),
      required: true,
      visible: (v) => decision(v) === 'REFUSE',
    },
    {
      name: 'missingItemList',
      kind: 'list',
      label: t('injunction.review.missingItems'),
      addLabel: t('injunction.review.addItem'),
      removeLabel: (index) => t('injunction.review.removeItem', { index }),
      fields: [{ name: 'item', kind: 'text', label: t('injunction.review.missingItem'), required: true }],
      visible: (v) => decision(v) === 'SUPPLEMENT',
    },
    {
      name: 'supplementDueDate',
      kind: 'date',
      label: t('injunction.review.supplementDueDate'),
      required: true,
      disabledDate: (date: Dayjs) => !date.isAfter(todayInOffice(), 'day'),
      visible: (v) => decision(v) === 'SUPPLEMENT',
    },
  ];
  const complete = useCompleteTask();
  return (
    <StepForm
      fields={fields}
      submitLabel={t('injunction.review.submit')}
      ariaLabel={t('injunction.review.submit')}
      onSubmit={({ missingItemList, ...values }) =>
        complete.mutateAsync({
          taskId: props.taskId,
          values: {
            ...values,
            missingItems: ((missingItemList as { item?: string }[] | undefined) ?? []).map((i) => i.item ?? ''),
          },
        })
      }
      onDone={props.onCompleted}
    />
  );
}

/** The supervisor's approval: the injunction is issued for service on the respondent, or returned. */
export function InjunctionApprovalForm(props: Props) {
  const { t } = useTranslation();
  const services = useServiceOptions();
  const fields: Field[] = [
    {
      name: 'decision',
      kind: 'radio',
      label: t('injunction.approval.decision'),
      required: true,
      options: (['APPROVE', 'RETURN'] as const).map((d) => ({ value: d, label: t(`injunction.approval.${d}`) })),
    },
    {
      name: 'serviceMethod',
      kind: 'select',
      label: t('injunction.approval.serviceMethod'),
      required: true,
      options: services,
      visible: (v) => v.decision === 'APPROVE',
    },
    { name: 'note', kind: 'textarea', label: t('injunction.approval.note'), required: false },
  ];
  return <TaskStepForm {...props} fields={fields} submitLabel={t('injunction.approval.submit')} />;
}

/** The respondent's objection decided, within the setting's days. */
export function InjunctionObjectionDecisionForm(props: Props) {
  const { t } = useTranslation();
  const fields: Field[] = [
    {
      name: 'sustained',
      kind: 'radio',
      label: t('injunction.objectionDecision.sustained'),
      required: true,
      options: [
        { value: 'true', label: t('injunction.objectionDecision.yes') },
        { value: 'false', label: t('injunction.objectionDecision.no') },
      ],
    },
    { name: 'reasons', kind: 'textarea', label: t('injunction.objectionDecision.reasons'), required: true },
  ];
  const complete = useCompleteTask();
  return (
    <StepForm
      fields={fields}
      submitLabel={t('injunction.objectionDecision.submit')}
      ariaLabel={t('injunction.objectionDecision.submit')}
      onSubmit={(values) =>
        complete.mutateAsync({ taskId: props.taskId, values: { ...values, sustained: values.sustained === 'true' } })
      }
      onDone={props.onCompleted}
    />
  );
}

/** The injunction lifted, for the reason its procedure recorded. */
export function InjunctionLiftingForm(props: Props) {
  const { t } = useTranslation();
  const services = useServiceOptions();
  const fields: Field[] = [
    {
      name: 'serviceMethod',
      kind: 'select',
      label: t('injunction.lifting.serviceMethod'),
      required: true,
      options: services,
    },
    { name: 'note', kind: 'textarea', label: t('injunction.lifting.note') },
  ];
  return <TaskStepForm {...props} fields={fields} submitLabel={t('injunction.lifting.submit')} />;
}

import { useTranslation } from 'react-i18next';
import { StepForm, type Field, type Values } from '@/shared/forms/step-form';
import { useCompleteTask } from '@/shared/tasks/complete-task';
import { usePoolForTask } from '../api/assistance-api';

type Props = { taskId: string; onCompleted: () => void };

function TaskStepForm({
  taskId,
  onCompleted,
  fields,
  submitLabel,
  toWire = (values) => values,
}: Props & { fields: Field[]; submitLabel: string; toWire?: (values: Values) => Values }) {
  const complete = useCompleteTask();
  return (
    <StepForm
      fields={fields}
      submitLabel={submitLabel}
      ariaLabel={submitLabel}
      onSubmit={(values) => complete.mutateAsync({ taskId, values: toWire(values) })}
      onDone={onCompleted}
    />
  );
}

/** The review: accept, ask once for everything missing (7 working days to supply it), or refuse with reasons. */
export function AssistanceReviewForm(props: Props) {
  const { t } = useTranslation();
  const fields: Field[] = [
    {
      name: 'decision',
      kind: 'radio',
      label: t('assistance.review.decision'),
      required: true,
      options: (['ACCEPT', 'SUPPLEMENT', 'REFUSE'] as const).map((d) => ({
        value: d,
        label: t(`assistance.review.${d}`),
      })),
    },
    {
      name: 'reasons',
      kind: 'textarea',
      label: t('assistance.review.reasons'),
      required: true,
      visible: (v) => v.decision === 'REFUSE',
    },
    {
      name: 'missingItemList',
      kind: 'list',
      label: t('assistance.review.missingItems'),
      addLabel: t('assistance.review.addItem'),
      removeLabel: (index) => t('assistance.review.removeItem', { index }),
      fields: [{ name: 'item', kind: 'text', label: t('assistance.review.missingItem'), required: true }],
      visible: (v) => v.decision === 'SUPPLEMENT',
    },
  ];
  return (
    <TaskStepForm
      {...props}
      fields={fields}
      submitLabel={t('assistance.review.submit')}
      toWire={({ missingItemList, ...values }) => ({
        ...values,
        missingItems: ((missingItemList as { item?: string }[] | undefined) ?? []).map((i) => i.item ?? ''),
      })}
    />
  );
}

/** The supervisor decides the applicant's appeal against a refusal. */
export function AssistanceAppealForm(props: Props) {
  const { t } = useTranslation();
  const fields: Field[] = [
    {
      name: 'allowed',
      kind: 'radio',
      label: t('assistance.appeal.decision'),
      required: true,
      options: [
        { value: 'true', label: t('assistance.appeal.allow') },
        { value: 'false', label: t('assistance.appeal.uphold') },
      ],
    },
    { name: 'reasons', kind: 'textarea', label: t('assistance.appeal.reasons'), required: true },
  ];
  return (
    <TaskStepForm
      {...props}
      fields={fields}
      submitLabel={t('assistance.appeal.submit')}
      toWire={(values) => ({ ...values, allowed: values.allowed === 'true' })}
    />
  );
}

/** An expert or a workstation of the pool, by the request's field and district. */
export function AssistanceAssignmentForm(props: Props) {
  const { t } = useTranslation();
  const pool = usePoolForTask(props.taskId);
  const fields: Field[] = [
    {
      name: 'poolMemberId',
      kind: 'select',
      label: t('assistance.assignment.member'),
      required: true,
      hint: t('assistance.assignment.hint'),
      options: (pool.data ?? []).map((m) => ({
        value: String(m.id),
        label: `${m.name}（${t(`assistance.memberKind.${m.kind}`)}，${t(`assistance.field.${m.field}`)}）`,
      })),
    },
    { name: 'note', kind: 'textarea', label: t('assistance.assignment.note') },
  ];
  return (
    <TaskStepForm
      {...props}
      fields={fields}
      submitLabel={t('assistance.assignment.submit')}
      toWire={(values) => ({ ...values, poolMemberId: Number(values.poolMemberId) })}
    />
  );
}

const SERVICE_KINDS = [
  'CONSULTATION',
  'REFERENCE_OPINION',
  'EVIDENCE_GUIDANCE',
  'OVERSEAS_GUIDANCE',
  'REFER_MEDIATION',
  'REFER_ADJUDICATION',
] as const;
const MEDIATION_SUBJECTS = [
  'DAMAGES',
  'OWNERSHIP',
  'INVENTOR_STATUS',
  'EMPLOYEE_REWARD',
  'PROVISIONAL_USE_FEE',
  'OTHER',
] as const;

/** The assistance given: an opinion (援助意见书) to the applicant, or a referral that files a case of its own. */
export function AssistanceServiceForm(props: Props) {
  const { t } = useTranslation();
  const referral = (v: Values) => String(v.kind ?? '').startsWith('REFER_');
  const fields: Field[] = [
    {
      name: 'kind',
      kind: 'radio',
      label: t('assistance.service.kind'),
      required: true,
      options: SERVICE_KINDS.map((k) => ({ value: k, label: t(`assistance.service.${k}`) })),
    },
    {
      name: 'opinion',
      kind: 'textarea',
      label: t('assistance.service.opinion'),
      required: true,
      visible: (v) => !!v.kind && !referral(v),
    },
    {
      name: 'mediationSubject',
      kind: 'select',
      label: t('assistance.service.mediationSubject'),
      required: true,
      options: MEDIATION_SUBJECTS.map((s) => ({ value: s, label: t(`assistance.mediationSubject.${s}`) })),
      visible: (v) => v.kind === 'REFER_MEDIATION',
    },
    {
      name: 'claims',
      kind: 'text',
      label: t('assistance.service.claims'),
      required: true,
      hint: t('assistance.service.claimsHint'),
      visible: (v) => v.kind === 'REFER_ADJUDICATION',
    },
    {
      name: 'requestedMeasures',
      kind: 'textarea',
      label: t('assistance.service.requestedMeasures'),
      required: true,
      visible: (v) => v.kind === 'REFER_ADJUDICATION',
    },
  ];
  return (
    <TaskStepForm
      {...props}
      fields={fields}
      submitLabel={t('assistance.service.submit')}
      toWire={({ claims, ...values }) => ({
        ...values,
        ...(claims === undefined
          ? {}
          : {
              claims: String(claims)
                .split(/[,，、\s]+/)
                .filter(Boolean)
                .map(Number),
            }),
      })}
    />
  );
}

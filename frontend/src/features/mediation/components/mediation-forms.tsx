import { Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { StepForm, type Field, type Values } from '@/shared/forms/step-form';
import { todayInOffice } from '@/shared/lib/format';
import { completeWith, useRefresh } from '../api/mediation';

/** The officers' forms of a mediation (Order 81 art. 65–69), one per form key of the model. */
type Props = { taskId: string; onCompleted: () => void };

function MediationStepForm({
  taskId,
  onCompleted,
  fields,
  intro,
  initialValues,
}: Props & {
  fields: Field[];
  intro?: string;
  initialValues?: Values;
}) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  return (
    <StepForm
      fields={fields}
      submitLabel={t('mediation.submit')}
      ariaLabel={t('mediation.title')}
      intro={intro ? <Typography.Paragraph>{intro}</Typography.Paragraph> : undefined}
      initialValues={initialValues}
      onSubmit={completeWith(taskId)}
      onDone={() => {
        refresh();
        onCompleted();
      }}
    />
  );
}

export function MediationNoticeForm(props: Props) {
  const { t } = useTranslation();
  return (
    <MediationStepForm
      {...props}
      intro={t('mediation.form.noticeIntro')}
      fields={[{ name: 'note', kind: 'textarea', label: t('mediation.form.note') }]}
    />
  );
}

export function MediationFilingForm(props: Props) {
  const { t } = useTranslation();
  return (
    <MediationStepForm
      {...props}
      fields={[
        {
          name: 'sessionStartsAt',
          kind: 'datetime',
          label: t('mediation.form.startsAt'),
          required: true,
          disabledDate: (date: Dayjs) => date.isBefore(todayInOffice(), 'day'),
        },
        { name: 'place', kind: 'text', label: t('mediation.form.place'), required: true, max: 300 },
        { name: 'helpers', kind: 'text', label: t('mediation.helpers'), max: 1000 },
      ]}
    />
  );
}

export function MediationSessionForm(props: Props) {
  const { t } = useTranslation();
  return (
    <MediationStepForm
      {...props}
      initialValues={{ requesterPresent: true, respondentPresent: true, agreed: false }}
      fields={[
        { name: 'requesterPresent', kind: 'switch', label: t('mediation.form.requesterPresent') },
        { name: 'respondentPresent', kind: 'switch', label: t('mediation.form.respondentPresent') },
        { name: 'agreed', kind: 'switch', label: t('mediation.form.agreed') },
        { name: 'notes', kind: 'textarea', label: t('mediation.form.notes'), required: true, max: 10000 },
      ]}
    />
  );
}

export function MediationAgreementForm(props: Props) {
  const { t } = useTranslation();
  return (
    <MediationStepForm
      {...props}
      initialValues={{ enforcementCommitment: false, signedByParties: false, sealed: false }}
      fields={[
        { name: 'terms', kind: 'textarea', label: t('mediation.form.terms'), required: true, max: 20000 },
        { name: 'paymentAmount', kind: 'money', label: t('mediation.form.amount') },
        { name: 'enforcementCommitment', kind: 'switch', label: t('mediation.form.commitment') },
        { name: 'signedByParties', kind: 'switch', label: t('mediation.form.signed') },
        { name: 'sealed', kind: 'switch', label: t('mediation.form.sealed') },
      ]}
    />
  );
}

export function MediationNotFiledForm(props: Props) {
  const { t } = useTranslation();
  return (
    <MediationStepForm
      {...props}
      intro={t('mediation.form.notFiledIntro')}
      fields={[{ name: 'note', kind: 'textarea', label: t('mediation.form.notFiledNote'), required: true }]}
    />
  );
}

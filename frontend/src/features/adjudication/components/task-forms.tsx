import { Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { StepForm, type Field, type Values } from '@/shared/forms/step-form';
import { todayInOffice } from '@/shared/lib/format';
import { completeWith, useHearingRooms, useRefresh } from '../api/steps';

/**
 * The forms of the adjudication's tasks, one per form key of the models. Each declares its fields;
 * the server's TaskForm of the same key checks them again and says what it refuses.
 */
type Props = { taskId: string; onCompleted: () => void };

const notFuture = (date: Dayjs) => date.isAfter(todayInOffice(), 'day');
const notPast = (date: Dayjs) => date.isBefore(todayInOffice(), 'day');

function options(t: TFunction, prefix: string, values: readonly string[]) {
  return values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
}

function TaskStepForm({
  taskId,
  onCompleted,
  fields,
  intro,
  initialValues,
}: Props & { fields: Field[]; intro?: string; initialValues?: Values }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  return (
    <StepForm
      fields={fields}
      submitLabel={t('adj.submit')}
      ariaLabel={t('task.heading', { name: '' })}
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

function approvalFields(t: TFunction, second: 'refuse' | 'return'): Field[] {
  const decline = second === 'refuse' ? 'REFUSE' : 'RETURN';
  return [
    {
      name: 'decision',
      kind: 'radio',
      label: t('adj.form.decision'),
      required: true,
      options: [
        { value: 'APPROVE', label: t('adj.form.approve') },
        { value: decline, label: t(`adj.form.${second}`) },
      ],
    },
    {
      name: 'comments',
      kind: 'textarea',
      label: t('adj.form.comments'),
      visible: (v) => v.decision === decline,
      required: true,
    },
  ];
}

export function AcceptanceExtensionApprovalForm(props: Props) {
  const { t } = useTranslation();
  return <TaskStepForm {...props} intro={t('adj.form.extensionApproval')} fields={approvalFields(t, 'refuse')} />;
}

export function JurisdictionObjectionDecisionForm(props: Props) {
  const { t } = useTranslation();
  return (
    <TaskStepForm
      {...props}
      fields={[
        {
          name: 'decision',
          kind: 'radio',
          label: t('adj.form.jurisdictionDecision'),
          required: true,
          options: [
            { value: 'REJECT', label: t('adj.form.reject') },
            { value: 'TRANSFER', label: t('adj.form.transfer') },
          ],
        },
        {
          name: 'transferTo',
          kind: 'text',
          label: t('adj.form.transferTo'),
          required: true,
          visible: (v) => v.decision === 'TRANSFER',
        },
        { name: 'reasons', kind: 'textarea', label: t('adj.form.reasons'), required: true },
      ]}
    />
  );
}

const MEASURES = ['QUESTIONING', 'SITE_INSPECTION', 'PRODUCT_INSPECTION'] as const;

export function EvidencePlanForm(props: Props) {
  const { t } = useTranslation();
  return (
    <TaskStepForm
      {...props}
      initialValues={{ measures: [], evaluationReportRequired: false }}
      fields={[
        {
          name: 'evidenceLastDay',
          kind: 'date',
          label: t('adj.form.evidenceLastDay'),
          hint: t('adj.form.evidenceLastDayHint'),
          required: true,
          disabledDate: (date) => date.isBefore(todayInOffice().add(15, 'day'), 'day'),
        },
        {
          name: 'measures',
          kind: 'checkboxes',
          label: t('adj.form.measures'),
          hint: t('adj.form.measuresHint'),
          options: options(t, 'adj.measure', MEASURES),
        },
        { name: 'evaluationReportRequired', kind: 'switch', label: t('adj.form.evaluationReportRequired') },
        { name: 'notes', kind: 'textarea', label: t('adj.form.note') },
      ]}
    />
  );
}

export function InvestigationRecordForm(props: Props) {
  const { t } = useTranslation();
  return (
    <TaskStepForm
      {...props}
      initialValues={{ records: [] }}
      fields={[
        {
          name: 'records',
          kind: 'list',
          label: t('adj.form.records'),
          addLabel: t('adj.form.addRecord'),
          removeLabel: (index) => t('adj.form.removeRecord', { index }),
          fields: [
            {
              name: 'measure',
              kind: 'select',
              label: t('adj.form.measure'),
              required: true,
              options: options(t, 'adj.measure', MEASURES),
            },
            {
              name: 'carriedOutOn',
              kind: 'date',
              label: t('adj.form.carriedOutOn'),
              required: true,
              disabledDate: notFuture,
            },
            { name: 'place', kind: 'text', label: t('adj.form.place'), required: true, max: 300 },
            { name: 'findings', kind: 'textarea', label: t('adj.form.findings'), required: true, max: 10000 },
            { name: 'signedByParties', kind: 'switch', label: t('adj.form.signedByParties') },
            { name: 'refusalNote', kind: 'text', label: t('adj.form.refusalNote'), max: 1000 },
          ],
        },
      ]}
    />
  );
}

export function EvaluationReportReviewForm(props: Props) {
  const { t } = useTranslation();
  return (
    <TaskStepForm
      {...props}
      fields={[
        {
          name: 'conclusion',
          kind: 'radio',
          label: t('adj.form.conclusion'),
          options: [
            { value: 'NO_DEFECT', label: t('adj.form.noDefect') },
            { value: 'DEFECTS_FOUND', label: t('adj.form.defectsFound') },
          ],
        },
        { name: 'notes', kind: 'textarea', label: t('adj.form.note') },
      ]}
    />
  );
}

export function HearingScheduleForm(props: Props) {
  const { t, i18n } = useTranslation();
  const rooms = useHearingRooms();
  const roomOptions = (rooms.data?.rooms ?? []).map((r) => ({
    value: r.id,
    label: i18n.language === 'en' ? r.nameEn : r.nameZh,
  }));
  if (rooms.data?.online) roomOptions.push({ value: 'ONLINE', label: t('adj.form.online') });
  const held = (v: Values) => v.hearingHeld === true;
  return (
    <TaskStepForm
      {...props}
      initialValues={{ hearingHeld: true, publicHearing: true }}
      fields={[
        { name: 'hearingHeld', kind: 'switch', label: t('adj.form.hearingHeld') },
        {
          name: 'room',
          kind: 'select',
          label: t('adj.form.room'),
          required: true,
          visible: held,
          options: roomOptions,
        },
        {
          name: 'startsAt',
          kind: 'datetime',
          label: t('adj.form.startsAt'),
          hint: t('adj.form.startsAtHint'),
          required: true,
          visible: held,
          disabledDate: notPast,
        },
        { name: 'publicHearing', kind: 'switch', label: t('adj.form.publicHearing'), visible: held },
        {
          name: 'closedReason',
          kind: 'text',
          label: t('adj.form.closedReason'),
          required: true,
          visible: (v) => held(v) && v.publicHearing === false,
        },
        {
          name: 'postponement',
          kind: 'radio',
          label: t('adj.form.postponement'),
          options: [
            { value: 'GRANT', label: t('adj.form.grant') },
            { value: 'REFUSE', label: t('adj.form.refuse') },
          ],
        },
      ]}
    />
  );
}

export function HearingRecordForm(props: Props) {
  const { t } = useTranslation();
  return (
    <TaskStepForm
      {...props}
      intro={t('adj.form.absenceHint')}
      initialValues={{ requesterPresent: true, respondentPresent: true }}
      fields={[
        { name: 'requesterPresent', kind: 'switch', label: t('adj.form.requesterPresent') },
        { name: 'respondentPresent', kind: 'switch', label: t('adj.form.respondentPresent') },
        { name: 'minutes', kind: 'textarea', label: t('adj.form.minutes'), required: true, max: 20000 },
      ]}
    />
  );
}

const REFUSAL_GROUNDS = [
  'INVENTION_PATENT',
  'EVALUATION_REPORT_NO_DEFECT',
  'INVALIDATION_REFILED',
  'VALIDITY_UPHELD',
  'NO_NEED',
] as const;

export function SuspensionDecisionForm(props: Props) {
  const { t } = useTranslation();
  return (
    <TaskStepForm
      {...props}
      fields={[
        {
          name: 'decision',
          kind: 'radio',
          label: t('adj.form.suspensionDecision'),
          required: true,
          options: [
            { value: 'SUSPEND', label: t('adj.form.suspend') },
            { value: 'REFUSE', label: t('adj.form.refuseSuspension') },
          ],
        },
        {
          name: 'refusalGround',
          kind: 'select',
          label: t('adj.form.refusalGround'),
          required: true,
          visible: (v) => v.decision === 'REFUSE',
          options: options(t, 'adj.refusalGround', REFUSAL_GROUNDS),
        },
        { name: 'reasons', kind: 'textarea', label: t('adj.form.reasons'), required: true },
      ]}
    />
  );
}

export function ResumptionForm(props: Props) {
  const { t } = useTranslation();
  return (
    <TaskStepForm
      {...props}
      fields={[{ name: 'note', kind: 'textarea', label: t('adj.form.resumption'), required: true }]}
    />
  );
}

export function WithdrawalDecisionForm(props: Props) {
  const { t } = useTranslation();
  return (
    <TaskStepForm
      {...props}
      fields={[
        {
          name: 'decision',
          kind: 'radio',
          label: t('adj.form.withdrawalDecision'),
          required: true,
          options: [
            { value: 'WITHDRAW', label: t('adj.form.withdraw') },
            { value: 'CONTINUE', label: t('adj.form.continue') },
          ],
        },
        { name: 'reasons', kind: 'textarea', label: t('adj.form.reasons'), required: true },
      ]}
    />
  );
}

export function CasePeriodExtensionApprovalForm(props: Props) {
  const { t } = useTranslation();
  const higher = (v: Values) => v.decision === 'APPROVE' && v.level === 'NEXT_HIGHER_DEPARTMENT';
  return (
    <TaskStepForm
      {...props}
      initialValues={{ months: 1 }}
      fields={[
        ...approvalFields(t, 'refuse'),
        {
          name: 'level',
          kind: 'radio',
          label: t('adj.form.level'),
          required: true,
          visible: (v) => v.decision === 'APPROVE',
          options: options(t, 'adj.level', ['DEPARTMENT_HEAD', 'NEXT_HIGHER_DEPARTMENT']),
        },
        {
          name: 'months',
          kind: 'integer',
          label: t('adj.form.months'),
          min: 1,
          max: 2,
          visible: (v) => v.decision === 'APPROVE',
        },
        { name: 'approver', kind: 'text', label: t('adj.form.approver'), required: true, visible: higher },
        { name: 'approvalRef', kind: 'text', label: t('adj.form.approvalRef'), required: true, visible: higher },
      ]}
    />
  );
}

export function CasePeriodEscalationForm(props: Props) {
  const { t } = useTranslation();
  return (
    <TaskStepForm
      {...props}
      fields={[{ name: 'note', kind: 'textarea', label: t('adj.form.escalationNote'), required: true }]}
    />
  );
}

const STOP_MEASURES = [
  'MANUFACTURE',
  'USE_OF_PROCESS',
  'USE',
  'SALE',
  'OFFER_FOR_SALE',
  'IMPORT',
  'EXHIBITION',
  'E_COMMERCE',
] as const;

export function DecisionDraftForm(props: Props) {
  const { t } = useTranslation();
  const found = (v: Values) => v.outcome === 'INFRINGEMENT_FOUND';
  return (
    <TaskStepForm
      {...props}
      initialValues={{ priorArtDefence: 'NOT_RAISED', seriousDishonesty: false, stopMeasures: [] }}
      fields={[
        {
          name: 'outcome',
          kind: 'radio',
          label: t('adj.form.outcome'),
          required: true,
          options: options(t, 'adj.outcome', ['INFRINGEMENT_FOUND', 'NOT_FOUND']),
        },
        {
          name: 'stopMeasures',
          kind: 'checkboxes',
          label: t('adj.form.stopMeasures'),
          visible: found,
          options: options(t, 'adj.stopMeasure', STOP_MEASURES),
        },
        { name: 'stopScope', kind: 'textarea', label: t('adj.form.stopScope'), visible: found },
        { name: 'reasoning', kind: 'textarea', label: t('adj.form.reasoning'), required: true, max: 20000 },
        {
          name: 'priorArtDefence',
          kind: 'radio',
          label: t('adj.form.priorArtDefence'),
          required: true,
          options: options(t, 'adj.priorArt', ['NOT_RAISED', 'UPHELD', 'REJECTED']),
        },
        { name: 'dissent', kind: 'textarea', label: t('adj.form.dissent') },
        { name: 'seriousDishonesty', kind: 'switch', label: t('adj.form.seriousDishonesty'), visible: found },
      ]}
    />
  );
}

export function DecisionPublicationForm(props: Props) {
  const { t } = useTranslation();
  return (
    <TaskStepForm
      {...props}
      fields={[
        {
          name: 'publishedOn',
          kind: 'date',
          label: t('adj.form.publishedOn'),
          required: true,
          disabledDate: notFuture,
        },
        { name: 'url', kind: 'text', label: t('adj.form.url'), required: true },
      ]}
    />
  );
}

export function ComplianceCheckForm(props: Props) {
  const { t } = useTranslation();
  return (
    <TaskStepForm
      {...props}
      fields={[
        {
          name: 'finding',
          kind: 'radio',
          label: t('adj.form.finding'),
          required: true,
          options: [
            { value: 'STOPPED', label: t('adj.form.stopped') },
            { value: 'NOT_STOPPED', label: t('adj.form.notStopped') },
          ],
        },
        { name: 'checkedOn', kind: 'date', label: t('adj.form.checkedOn'), required: true, disabledDate: notFuture },
        { name: 'notes', kind: 'textarea', label: t('adj.form.notes'), required: true },
      ]}
    />
  );
}

export function ReminderIssueForm(props: Props) {
  const { t } = useTranslation();
  return (
    <TaskStepForm
      {...props}
      intro={t('adj.form.reminderIntro')}
      fields={[{ name: 'note', kind: 'textarea', label: t('adj.form.note') }]}
    />
  );
}

export function EnforcementApplicationForm(props: Props) {
  const { t } = useTranslation();
  return (
    <TaskStepForm
      {...props}
      fields={[
        { name: 'court', kind: 'text', label: t('adj.form.court'), required: true, max: 200 },
        { name: 'appliedOn', kind: 'date', label: t('adj.form.appliedOn'), required: true, disabledDate: notFuture },
        { name: 'notes', kind: 'textarea', label: t('adj.form.note') },
      ]}
    />
  );
}

export function CourtRulingForm(props: Props) {
  const { t } = useTranslation();
  return (
    <TaskStepForm
      {...props}
      initialValues={{ reviewRequested: false }}
      fields={[
        {
          name: 'ruling',
          kind: 'radio',
          label: t('adj.form.ruling'),
          required: true,
          options: [
            { value: 'GRANTED', label: t('adj.form.granted') },
            { value: 'REFUSED', label: t('adj.form.refused') },
          ],
        },
        { name: 'ruledOn', kind: 'date', label: t('adj.form.ruledOn'), required: true, disabledDate: notFuture },
        {
          name: 'reviewRequested',
          kind: 'switch',
          label: t('adj.form.reviewRequested'),
          visible: (v) => v.ruling === 'REFUSED',
        },
        { name: 'notes', kind: 'textarea', label: t('adj.form.note') },
      ]}
    />
  );
}

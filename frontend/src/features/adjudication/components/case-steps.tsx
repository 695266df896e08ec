import { Alert, App, Button, Card, Flex, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StepForm, type Field, type Option, type Values } from '@/shared/forms/step-form';
import { todayInOffice } from '@/shared/lib/format';
import { fileAnswer, fileEvaluationReport, postStep, useRefresh } from '../api/steps';
import type { AdjudicationView } from '../types';

const SUSPENSION_GROUNDS = [
  'INVALIDATION_ACCEPTED',
  'PARTY_DIED',
  'CAPACITY_LOST',
  'SUCCESSOR_UNDETERMINED',
  'FORCE_MAJEURE',
  'DEPENDS_ON_OTHER_CASE',
  'LEGAL_QUESTION_REFERRED',
  'OTHER',
] as const;
const OWN_MOTION_GROUNDS = [
  'INADMISSIBLE',
  'REQUESTER_GONE',
  'RESPONDENT_GONE',
  'TIME_BARRED',
  'CLAIMS_UNCLEAR',
  'OTHER',
] as const;

type StepSpec = { fields: Field[]; send: (caseId: string, values: Values) => Promise<void> };

const notFuture = (date: Dayjs) => date.isAfter(todayInOffice(), 'day');

function reasons(t: TFunction, name = 'reasons'): Field {
  return { name, kind: 'textarea', label: t('adj.steps.grounds'), required: true };
}

/** A ground to choose and the case's particulars: a suspension's, or a withdrawal on the panel's motion. */
function groundAndDetails(t: TFunction, grounds: Option[]): Field[] {
  return [
    { name: 'ground', kind: 'select', label: t('adj.steps.ground'), required: true, options: grounds },
    { name: 'details', kind: 'textarea', label: t('adj.steps.details'), required: true },
  ];
}

/** The fields and the endpoint of each step a party or the panel may take on the case page. */
function spec(step: string, t: TFunction, kase: AdjudicationView, staff: boolean): StepSpec | null {
  const post = (path: string) => (caseId: string, values: Values) => postStep(caseId, path, values);
  const roles = ['REQUESTER', 'RESPONDENT'].map((value) => ({ value, label: t(`adj.role.${value}`) }));
  switch (step) {
    case 'JURISDICTION_OBJECTION':
      return { fields: [reasons(t, 'grounds')], send: post('jurisdiction-objections') };
    case 'RECUSAL':
      return {
        fields: [
          {
            name: 'officer',
            kind: 'select',
            label: t('adj.steps.officer'),
            required: true,
            options: (kase.panel ?? []).map((m) => ({ value: m.ref, label: m.displayName })),
          },
          reasons(t, 'grounds'),
          {
            name: 'groundKnownOn',
            kind: 'date',
            label: t('adj.steps.groundKnownOn'),
            hint: t('adj.steps.groundKnownOnHint'),
            required: true,
            disabledDate: notFuture,
          },
        ],
        send: post('recusal-requests'),
      };
    case 'SUSPENSION':
      return {
        fields: groundAndDetails(
          t,
          SUSPENSION_GROUNDS.map((g) => ({ value: g, label: t(`adj.suspensionGround.${g}`) })),
        ),
        send: post('suspension-requests'),
      };
    case 'POSTPONEMENT':
      return { fields: [reasons(t)], send: post('hearing-postponement-requests') };
    case 'WITHDRAW':
      return {
        fields: [{ name: 'details', kind: 'textarea', label: t('adj.steps.details'), required: true }],
        send: post('withdrawal-requests'),
      };
    case 'TIME_BAR_DEFENCE':
      // Order 81 art. 19 ¶3: the respondent raises the 3-year limit; the panel decides it
      return {
        fields: [
          { name: 'details', kind: 'textarea', label: t('adj.steps.timeBarDetails'), required: true, max: 5000 },
        ],
        send: (caseId, values) => postStep(caseId, 'withdrawal-requests', { ...values, ground: 'TIME_BARRED' }),
      };
    case 'WITHDRAWAL_ON_OWN_MOTION':
      return {
        fields: groundAndDetails(
          t,
          OWN_MOTION_GROUNDS.map((g) => ({ value: g, label: t(`adj.withdrawalGround.${g}`) })),
        ),
        send: post('withdrawal-requests'),
      };
    case 'EVALUATION_REPORT':
      return {
        fields: [{ name: 'files', kind: 'files', label: t('adj.steps.files'), required: true }],
        send: (caseId, values) => fileEvaluationReport(caseId, (values.files as File[]) ?? []),
      };
    case 'LAWSUIT':
      return {
        fields: [
          ...(staff
            ? [
                {
                  name: 'partyRole',
                  kind: 'radio',
                  label: t('adj.steps.partyRole'),
                  required: true,
                  options: roles,
                } as Field,
              ]
            : []),
          { name: 'court', kind: 'text', label: t('adj.steps.court'), required: true, max: 200 },
          { name: 'filedOn', kind: 'date', label: t('adj.steps.filedOn'), required: true, disabledDate: notFuture },
        ],
        send: post('lawsuits'),
      };
    case 'CASE_PERIOD_EXTENSION':
      return { fields: [reasons(t)], send: post('case-period/extension-requests') };
    case 'ACCEPTANCE_EXTENSION':
      return { fields: [reasons(t)], send: post('acceptance-extension-requests') };
    case 'ANSWER_PERIOD_EXTENSION':
      return {
        fields: [{ name: 'newLastDay', kind: 'date', label: t('adj.steps.newLastDay'), required: true }, reasons(t)],
        send: post('answer-period/extensions'),
      };
    case 'EVIDENCE_PERIOD_EXTENSION':
      return {
        fields: [
          { name: 'newLastDay', kind: 'date', label: t('adj.steps.newLastDay'), required: true },
          { name: 'applicant', kind: 'radio', label: t('adj.steps.applicant'), required: true, options: roles },
          reasons(t),
        ],
        send: post('evidence-period/extensions'),
      };
    default:
      return null;
  }
}

type Props = {
  kase: AdjudicationView;
  /** Where the respondent files its answer (a page of the portal). */
  answerPath?: string;
  staff?: boolean;
};

/** The steps this viewer may take now, as the server lists them; each opens its own form. */
export function CaseSteps({ kase, answerPath, staff = false }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefresh();
  const [open, setOpen] = useState<string | null>(null);
  const steps = kase.availableSteps?.steps ?? [];
  if (steps.length === 0) return null;
  const current = open ? spec(open, t, kase, staff) : null;

  return (
    <Card title={t(staff ? 'adj.steps.staffTitle' : 'adj.steps.title')} size="small" data-testid="case-steps">
      <Flex gap="small" wrap>
        {steps.map((step) =>
          step === 'ANSWER' && answerPath ? (
            <Link key={step} to={answerPath}>
              <Button type="primary">{t('adj.steps.ANSWER')}</Button>
            </Link>
          ) : spec(step, t, kase, staff) ? (
            <Button key={step} onClick={() => setOpen(step)}>
              {t(`adj.steps.${step}`)}
            </Button>
          ) : null,
        )}
      </Flex>
      <Modal
        open={!!current}
        title={open ? t(`adj.steps.${open}`) : ''}
        footer={null}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        {current && open && (
          <StepForm
            fields={current.fields}
            submitLabel={t('adj.submit')}
            ariaLabel={t(`adj.steps.${open}`)}
            onSubmit={(values) => current.send(kase.id, values)}
            onDone={() => {
              setOpen(null);
              void message.success(t('adj.steps.success'));
              refresh();
            }}
          />
        )}
      </Modal>
    </Card>
  );
}

/** The respondent's answer with its evidence, within the answer period (Order 81 art. 22). */
export function AnswerForm({ kase, onDone }: { kase: AdjudicationView; onDone: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const due = kase.answer?.period.lastDay;
  return (
    <Flex vertical gap="middle">
      {due && <Typography.Text strong>{t('adj.steps.answerDue', { date: due })}</Typography.Text>}
      <Typography.Paragraph type="secondary">{t('adj.steps.answerHint')}</Typography.Paragraph>
      <StepForm
        ariaLabel={t('adj.steps.answerPage')}
        submitLabel={t('adj.steps.answerPage')}
        fields={[
          { name: 'answer', kind: 'textarea', label: t('adj.steps.answerText'), required: true, max: 20000 },
          { name: 'files', kind: 'files', label: t('adj.steps.evidenceFiles') },
        ]}
        onSubmit={(values) => fileAnswer(kase.id, String(values.answer ?? ''), (values.files as File[]) ?? [])}
        onDone={() => {
          refresh();
          onDone();
        }}
      />
    </Flex>
  );
}

/** What the respondent must do, and by when, in plain words (Order 81 art. 9, 22). */
export function RespondentNotice({ kase }: { kase: AdjudicationView }) {
  const { t } = useTranslation();
  const due = kase.answer?.period.lastDay;
  if (!due || !kase.availableSteps?.steps.includes('ANSWER')) return null;
  return <Alert type="warning" showIcon title={t('adj.respondentNext.ANSWER_PERIOD', { date: due })} />;
}

import { Alert, Button, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInOffice } from '@/shared/lib/format';
import { useCompleteTask } from '@/shared/tasks/complete-task';
import { problemText } from '../lib/submit';

/** What a plain step asks for (the server's PenaltySteps says the same). */
export type StepConfig = {
  outcomes?: string[];
  /** outcomes that need comments (reasons for a refusal, a return, an extension) */
  commentsFor?: string[];
  comments?: boolean;
  date?: boolean;
  at?: boolean;
  reference?: boolean;
  method?: boolean;
};

export const SERVICE_METHODS = ['PERSONAL', 'POSTAL', 'LEFT_AT_ADDRESS', 'ELECTRONIC', 'PUBLIC_NOTICE'] as const;

export const STEPS: Record<string, StepConfig> = {
  'penalty-filing-approval': { outcomes: ['APPROVED', 'REFUSED', 'EXTENDED'], commentsFor: ['REFUSED', 'EXTENDED'] },
  'penalty-case-period-extension': { outcomes: ['APPROVED', 'REFUSED'], commentsFor: ['APPROVED', 'REFUSED'] },
  'penalty-legal-review': { outcomes: ['PASSED', 'RETURNED'], commentsFor: ['RETURNED'] },
  'penalty-collective-discussion': {
    outcomes: ['AGREED', 'RETURNED'],
    commentsFor: ['AGREED', 'RETURNED'],
    date: true,
    reference: true,
  },
  'penalty-decision-approval': { outcomes: ['APPROVED', 'RETURNED'], commentsFor: ['RETURNED'] },
  'penalty-notice-service': { date: true, method: true },
  'penalty-hearing-record': { outcomes: ['HELD', 'ABSENT'], commentsFor: ['HELD'], date: true },
  'penalty-decision-service': { date: true, method: true },
  'penalty-publication': { date: true, reference: true },
  'penalty-publication-withdrawal': { date: true, reference: true },
  'penalty-payment-arrangement': { outcomes: ['APPROVED', 'REFUSED'], commentsFor: ['REFUSED'] },
  'penalty-reminder': { date: true, method: true },
  'penalty-court-application': { date: true, reference: true },
  'penalty-enforcement-outcome': { outcomes: ['ENFORCED', 'REFUSED'], commentsFor: ['REFUSED'], date: true },
  'penalty-seizure-approval': { outcomes: ['APPROVED', 'REFUSED'], commentsFor: ['REFUSED'] },
  'penalty-seizure-record': { date: true, comments: true },
  'penalty-seizure-extension': { outcomes: ['APPROVED', 'REFUSED'], commentsFor: ['APPROVED', 'REFUSED'] },
  'penalty-seizure-release': { date: true },
  'penalty-referral-approval': { outcomes: ['APPROVED', 'REFUSED'], commentsFor: ['REFUSED'] },
  'penalty-police-transfer': { at: true, reference: true },
  'penalty-police-decision': { outcomes: ['CASE_OPENED', 'NO_CASE'], date: true, reference: true },
  'penalty-police-reconsideration-request': {
    outcomes: ['REQUESTED', 'ACCEPTED'],
    commentsFor: ['ACCEPTED'],
    date: true,
  },
  'penalty-police-reconsideration': { outcomes: ['CASE_OPENED', 'NO_CASE'], date: true, reference: true },
  'penalty-supervision-request': { outcomes: ['REQUESTED', 'ACCEPTED'], commentsFor: ['ACCEPTED'], date: true },
  'penalty-supervision-outcome': { outcomes: ['CASE_OPENED', 'NO_CASE'], date: true, reference: true },
  'penalty-items-handover': { date: true, reference: true },
};

type Values = {
  outcome?: string;
  date?: Dayjs;
  at?: Dayjs;
  reference?: string;
  comments?: string;
  method?: string;
};

/** Whether this step, with this outcome chosen, needs comments or reasons. */
function commentsNeeded(config: StepConfig, outcome: string | undefined): boolean {
  return !!config.comments || (!!outcome && (config.commentsFor ?? []).includes(outcome));
}

const notAfterToday = (date: Dayjs) => date.isAfter(todayInOffice(), 'day');

type Props = { formKey: string; taskId: string; onCompleted: () => void };

/** One of the procedure's plainer steps: its outcome, date, reference and comments, as it needs them. */
export function StepForm({ formKey, taskId, onCompleted }: Props) {
  const { t, i18n } = useTranslation();
  const config = STEPS[formKey] ?? {};
  const [form] = Form.useForm<Values>();
  const complete = useCompleteTask();
  const [detail, setDetail] = useState<string | null>(null);
  const hintKey = `penalty.hints.${formKey}`;
  const required = (field: string) => ({ required: true, message: t('penalty.form.required', { field }) });

  const onFinish = (values: Values) => {
    setDetail(null);
    complete.mutate(
      {
        taskId,
        values: {
          outcome: values.outcome,
          date: values.date?.format('YYYY-MM-DD'),
          at: values.at?.format('YYYY-MM-DDTHH:mm:ssZ'),
          reference: values.reference?.trim() || undefined,
          comments: values.comments?.trim() || undefined,
          method: values.method,
        },
      },
      { onSuccess: () => onCompleted(), onError: (error) => setDetail(problemText(form, error, t)) },
    );
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={complete.isPending}
      aria-label={t(`penalty.steps.${formKey}`, { defaultValue: formKey })}
    >
      {i18n.exists(hintKey) && <Typography.Paragraph type="secondary">{t(hintKey)}</Typography.Paragraph>}
      {config.outcomes && (
        <Form.Item name="outcome" label={t('penalty.form.outcome')} rules={[required(t('penalty.form.outcome'))]}>
          <Radio.Group options={config.outcomes.map((value) => ({ value, label: t(`penalty.outcome.${value}`) }))} />
        </Form.Item>
      )}
      {config.date && (
        <Form.Item name="date" label={t('penalty.form.date')} rules={[required(t('penalty.form.date'))]}>
          <DatePicker disabledDate={notAfterToday} />
        </Form.Item>
      )}
      {config.at && (
        <Form.Item name="at" label={t('penalty.form.at')} rules={[required(t('penalty.form.at'))]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
      )}
      {config.method && (
        <Form.Item name="method" label={t('penalty.form.method')} rules={[required(t('penalty.form.method'))]}>
          <Select options={SERVICE_METHODS.map((value) => ({ value, label: t(`penalty.method.${value}`) }))} />
        </Form.Item>
      )}
      {config.reference && (
        <Form.Item
          name="reference"
          label={t('penalty.form.reference')}
          rules={[{ ...required(t('penalty.form.reference')), whitespace: true }]}
        >
          <Input maxLength={300} />
        </Form.Item>
      )}
      <Form.Item
        name="comments"
        label={t('penalty.form.comments')}
        dependencies={['outcome']}
        // read the outcome when validating, not from the last render: a submit right after the
        // choice must already require the reasons it calls for
        rules={[
          ({ getFieldValue }) => ({
            ...required(t('penalty.form.comments')),
            required: commentsNeeded(config, getFieldValue('outcome') as string | undefined),
            whitespace: true,
          }),
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
      </Form.Item>
      {detail && <Alert type="error" showIcon role="alert" title={detail} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={complete.isPending}>
        {t('penalty.form.submit')}
      </Button>
    </Form>
  );
}

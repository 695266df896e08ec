import { Alert, Button, Checkbox, Form, Input, InputNumber, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCompleteTask } from '@/shared/tasks/complete-task';
import { usePenaltyCase } from '../api/penalty-case';
import { formatYuan, isAmount } from '../lib/money';
import { problemText } from '../lib/submit';

type Values = {
  step: 'CONCLUDED' | 'EXTENSION_REQUESTED';
  outcome?: string;
  report?: string;
  anotherPersonsPatent?: boolean;
  businessVolume?: string;
  patenteeLoss?: string;
  patentCount?: number;
  repeatWithinTwoYears?: boolean;
  otherSeriousCircumstances?: boolean;
};

const OUTCOMES = ['PENALTY', 'EXEMPT', 'STOP_SELLING', 'WITHDRAW'] as const;

/** The end of the investigation with the facts the crime check weighs, or a request for more time. */
export function InvestigationForm({ taskId, onCompleted }: { taskId: string; onCompleted: () => void }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const kase = usePenaltyCase(id);
  const [form] = Form.useForm<Values>();
  const complete = useCompleteTask();
  const [detail, setDetail] = useState<string | null>(null);
  const step = Form.useWatch('step', form);
  const amountRule = {
    validator: (_: unknown, v?: string) =>
      !v || isAmount(v) ? Promise.resolve() : Promise.reject(new Error(t('penalty.form.failed'))),
  };

  const onFinish = (values: Values) => {
    setDetail(null);
    complete.mutate(
      { taskId, values: { ...values, report: values.report?.trim() } },
      { onSuccess: () => onCompleted(), onError: (error) => setDetail(problemText(form, error, t)) },
    );
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={complete.isPending}
      aria-label={t('penalty.investigation.title')}
      initialValues={{
        step: 'CONCLUDED',
        anotherPersonsPatent: false,
        patentCount: 0,
        businessVolume: '0',
        patenteeLoss: '0',
      }}
    >
      <Form.Item name="step" label={t('penalty.investigation.step')}>
        <Radio.Group
          options={(['CONCLUDED', 'EXTENSION_REQUESTED'] as const).map((value) => ({
            value,
            label: t(`penalty.investigation.steps.${value}`),
          }))}
        />
      </Form.Item>
      {step !== 'EXTENSION_REQUESTED' && (
        <>
          <Typography.Paragraph>
            {t('penalty.investigation.gains', { amount: formatYuan(kase.data?.penalty?.illegalGains ?? '0') })}
          </Typography.Paragraph>
          <Form.Item
            name="outcome"
            label={t('penalty.investigation.outcome')}
            rules={[
              { required: true, message: t('penalty.form.required', { field: t('penalty.investigation.outcome') }) },
            ]}
          >
            <Radio.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              options={OUTCOMES.map((value) => ({ value, label: t(`penalty.investigation.outcomes.${value}`) }))}
            />
          </Form.Item>
          <Form.Item name="anotherPersonsPatent" valuePropName="checked">
            <Checkbox>{t('penalty.investigation.anotherPersonsPatent')}</Checkbox>
          </Form.Item>
          <Form.Item name="businessVolume" label={t('penalty.investigation.businessVolume')} rules={[amountRule]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="patenteeLoss" label={t('penalty.investigation.patenteeLoss')} rules={[amountRule]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="patentCount" label={t('penalty.investigation.patentCount')}>
            <InputNumber min={0} precision={0} />
          </Form.Item>
          <Form.Item name="repeatWithinTwoYears" valuePropName="checked">
            <Checkbox>{t('penalty.investigation.repeat')}</Checkbox>
          </Form.Item>
          <Form.Item name="otherSeriousCircumstances" valuePropName="checked">
            <Checkbox>{t('penalty.investigation.otherSerious')}</Checkbox>
          </Form.Item>
          <Typography.Paragraph type="secondary">{t('penalty.investigation.crimeHint')}</Typography.Paragraph>
        </>
      )}
      <Form.Item
        name="report"
        label={t('penalty.investigation.report')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('penalty.form.required', { field: t('penalty.investigation.report') }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
      </Form.Item>
      {detail && <Alert type="error" showIcon role="alert" title={detail} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={complete.isPending}>
        {t('penalty.form.submit')}
      </Button>
    </Form>
  );
}

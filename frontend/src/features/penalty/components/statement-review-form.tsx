import { Alert, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompleteTask } from '@/shared/tasks/complete-task';
import { isAmount } from '../lib/money';
import { problemText } from '../lib/submit';

type Values = { outcome?: 'MAINTAINED' | 'REDUCED' | 'RENOTICE'; reducedFine?: string; reasons?: string };

/** Admin. Penalty Law art. 45: what the party said is reviewed; it never makes the penalty heavier. */
export function StatementReviewForm({ taskId, onCompleted }: { taskId: string; onCompleted: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form);
  const complete = useCompleteTask();
  const [detail, setDetail] = useState<string | null>(null);

  const onFinish = (values: Values) => {
    setDetail(null);
    complete.mutate(
      {
        taskId,
        values: { outcome: values.outcome, reducedFine: values.reducedFine?.trim(), reasons: values.reasons?.trim() },
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
      aria-label={t('penalty.review.title')}
    >
      <Form.Item
        name="outcome"
        label={t('penalty.review.outcome')}
        rules={[{ required: true, message: t('penalty.form.required', { field: t('penalty.review.outcome') }) }]}
      >
        <Radio.Group
          options={(['MAINTAINED', 'REDUCED', 'RENOTICE'] as const).map((value) => ({
            value,
            label: t(`penalty.outcome.${value}`),
          }))}
        />
      </Form.Item>
      {outcome === 'REDUCED' && (
        <Form.Item
          name="reducedFine"
          label={t('penalty.review.reducedFine')}
          rules={[
            {
              validator: (_, value?: string) =>
                isAmount(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('penalty.form.required', { field: t('penalty.review.reducedFine') }))),
            },
          ]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
      )}
      <Form.Item
        name="reasons"
        label={t('penalty.review.reasons')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('penalty.form.required', { field: t('penalty.review.reasons') }),
          },
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

import { Alert, Button, Checkbox, Descriptions, Form, Input, Radio, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCompleteTask } from '@/shared/tasks/complete-task';
import { usePenaltyCase } from '../api/penalty-case';
import { useQuote } from '../api/penalty-cases';
import { compareAmounts, formatYuan, isAmount } from '../lib/money';
import { problemText } from '../lib/submit';
import type { DiscretionLevel } from '../types';

type Values = {
  discretionLevel?: DiscretionLevel;
  fine?: string;
  correction?: string;
  confiscateSeized?: boolean;
  complexOrMajor?: boolean;
  newFacts?: string;
};

/**
 * The proposed penalty. As the officer chooses the level and types the fine, the statutory ceiling
 * (Patent Law art. 68) and the department's band come from the DMN tables through the server; a
 * fine above the ceiling is flagged at once, and refused by the server all the same.
 */
export function ProposalForm({ taskId, onCompleted }: { taskId: string; onCompleted: () => void }) {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const kase = usePenaltyCase(id);
  const gains = kase.data?.penalty?.illegalGains ?? '0';
  const [form] = Form.useForm<Values>();
  const level = Form.useWatch('discretionLevel', form);
  const fine = Form.useWatch('fine', form);
  const quote = useQuote(gains, level);
  const complete = useCompleteTask();
  const [detail, setDetail] = useState<string | null>(null);
  const yuan = (amount?: string | null) => t('penalty.yuan', { amount: formatYuan(amount) });

  const ceiling = quote.data?.ceiling;
  const overCeiling = !!ceiling && isAmount(fine) && compareAmounts(fine!, ceiling) > 0;
  const outsideRange =
    !overCeiling &&
    isAmount(fine) &&
    !!quote.data?.rangeMin &&
    !!quote.data?.rangeMax &&
    (compareAmounts(fine!, quote.data.rangeMin) < 0 || compareAmounts(fine!, quote.data.rangeMax) > 0);

  useEffect(() => {
    if (fine) void form.validateFields(['fine']).catch(() => undefined);
  }, [ceiling, fine, form]);

  const onFinish = (values: Values) => {
    setDetail(null);
    complete.mutate(
      {
        taskId,
        values: {
          fine: values.fine?.trim(),
          discretionLevel: values.discretionLevel,
          correction: values.correction?.trim(),
          confiscateSeized: !!values.confiscateSeized,
          complexOrMajor: !!values.complexOrMajor,
          newFacts: values.newFacts?.trim() || undefined,
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
      aria-label={t('penalty.proposal.title')}
      initialValues={{ confiscateSeized: true }}
    >
      <Descriptions
        size="small"
        bordered
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'gains', label: t('penalty.proposal.gains'), children: yuan(gains) },
          {
            key: 'ceiling',
            label: t('penalty.proposal.ceiling'),
            children: ceiling ? (
              <span data-testid="penalty-ceiling">
                {yuan(ceiling)} ·{' '}
                {quote.data?.gainsMultiple
                  ? t('penalty.proposal.ceilingBasis5')
                  : t('penalty.proposal.ceilingBasisFixed')}
              </span>
            ) : (
              '…'
            ),
          },
          {
            key: 'range',
            label: t('penalty.proposal.range'),
            children:
              level && quote.data?.rangeMin ? (
                <span data-testid="penalty-range">
                  {yuan(quote.data.rangeMin)} – {yuan(quote.data.rangeMax)}
                </span>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <Form.Item
        name="discretionLevel"
        label={t('penalty.proposal.level')}
        rules={[{ required: true, message: t('penalty.form.required', { field: t('penalty.proposal.level') }) }]}
      >
        <Radio.Group
          options={(['LIGHT', 'NORMAL', 'HEAVY'] as const).map((value) => ({
            value,
            label: t(`penalty.proposal.levels.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="fine"
        label={t('penalty.proposal.fine')}
        rules={[
          { required: true, message: t('penalty.form.required', { field: t('penalty.proposal.fine') }) },
          {
            validator: (_, value?: string) =>
              !value || isAmount(value) ? Promise.resolve() : Promise.reject(new Error(t('penalty.form.failed'))),
          },
          {
            validator: (_, value?: string) =>
              ceiling && isAmount(value) && compareAmounts(value!, ceiling) > 0
                ? Promise.reject(new Error(t('penalty.proposal.overCeiling', { ceiling: formatYuan(ceiling) })))
                : Promise.resolve(),
          },
        ]}
        extra={outsideRange ? <Tag color="orange">{t('penalty.proposal.outsideRange')}</Tag> : undefined}
      >
        <Input inputMode="decimal" aria-invalid={overCeiling} lang={i18n.language} />
      </Form.Item>
      <Form.Item
        name="correction"
        label={t('penalty.proposal.correction')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('penalty.form.required', { field: t('penalty.proposal.correction') }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="confiscateSeized" valuePropName="checked">
        <Checkbox>{t('penalty.proposal.confiscateSeized')}</Checkbox>
      </Form.Item>
      <Form.Item name="complexOrMajor" valuePropName="checked">
        <Checkbox>{t('penalty.proposal.complexOrMajor')}</Checkbox>
      </Form.Item>
      <Form.Item name="newFacts" label={t('penalty.proposal.newFacts')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      {detail && <Alert type="error" showIcon role="alert" title={detail} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={complete.isPending}>
        {t('penalty.form.submit')}
      </Button>
    </Form>
  );
}

import { Button, Card, Flex, Form, Input, InputNumber, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCaseAction } from '../api/case-actions';
import { formatYuan, isAmount } from '../lib/money';
import type { CardProps, Gain } from '../types';
import { ActionModal } from './action-modal';
import { ChoiceItem, TextItem } from './form-items';

type GainValues = { kind: 'SALE' | 'FEE'; description: string; unitPrice?: string; quantity?: number; amount?: string };

/** CNIPA 2015 Measures art. 47: sales at price × quantity, or the fees received. */
export function GainsCard({ caseId, penalty, editable }: CardProps) {
  const { t } = useTranslation();
  const remove = useCaseAction(caseId);
  const amountRule = {
    validator: (_: unknown, v?: string) =>
      isAmount(v)
        ? Promise.resolve()
        : Promise.reject(new Error(t('penalty.form.required', { field: t('penalty.gains.amount') }))),
  };
  return (
    <Card
      title={t('penalty.gains.title')}
      extra={
        editable && (
          <ActionModal<GainValues>
            caseId={caseId}
            label={t('penalty.gains.add')}
            initialValues={{ kind: 'SALE' }}
            toAction={(v) => ({
              type: 'gain',
              gain:
                v.kind === 'SALE'
                  ? { kind: 'SALE', description: v.description, unitPrice: v.unitPrice, quantity: v.quantity }
                  : { kind: 'FEE', description: v.description, amount: v.amount },
            })}
          >
            {(form) => (
              <>
                <ChoiceItem
                  name="kind"
                  label={t('penalty.gains.kind')}
                  values={['SALE', 'FEE']}
                  words="penalty.gains.kinds"
                />
                <TextItem name="description" label={t('penalty.gains.description')}>
                  <Input maxLength={300} />
                </TextItem>
                <Form.Item noStyle dependencies={['kind']}>
                  {() =>
                    form.getFieldValue('kind') === 'FEE' ? (
                      <Form.Item name="amount" label={t('penalty.gains.amount')} rules={[amountRule]}>
                        <Input inputMode="decimal" />
                      </Form.Item>
                    ) : (
                      <>
                        <Form.Item name="unitPrice" label={t('penalty.gains.unitPrice')} rules={[amountRule]}>
                          <Input inputMode="decimal" />
                        </Form.Item>
                        <Form.Item name="quantity" label={t('penalty.gains.quantity')} rules={[{ required: true }]}>
                          <InputNumber min={1} precision={0} />
                        </Form.Item>
                      </>
                    )
                  }
                </Form.Item>
              </>
            )}
          </ActionModal>
        )
      }
    >
      <Flex vertical gap="small">
        <Table<Gain>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={penalty.gains}
          locale={{ emptyText: t('penalty.gains.empty') }}
          columns={[
            { title: t('penalty.gains.kind'), dataIndex: 'kind', render: (k: string) => t(`penalty.gains.kinds.${k}`) },
            { title: t('penalty.gains.description'), dataIndex: 'description' },
            {
              title: t('penalty.gains.unitPrice'),
              dataIndex: 'unitPrice',
              render: (v?: string) => (v ? formatYuan(v) : ''),
            },
            { title: t('penalty.gains.quantity'), dataIndex: 'quantity' },
            {
              title: t('penalty.gains.amount'),
              dataIndex: 'amount',
              align: 'right',
              render: (v: string) => formatYuan(v),
            },
            ...(editable
              ? [
                  {
                    key: 'remove',
                    render: (_: unknown, g: Gain) => (
                      <Button type="link" danger onClick={() => remove.mutate({ type: 'removeGain', gainId: g.id })}>
                        {t('penalty.gains.remove')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
        <Typography.Text strong data-testid="penalty-gains-total">
          {t('penalty.gains.total')}: {t('penalty.yuan', { amount: formatYuan(penalty.illegalGains) })}
        </Typography.Text>
      </Flex>
    </Card>
  );
}

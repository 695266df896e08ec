import { Card, DatePicker, Flex, Form, Input, List, Space, Statistic, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { todayInOffice } from '@/shared/lib/format';
import { formatYuan, isAmount } from '../lib/money';
import type { PenaltyView } from '../types';
import { ActionModal } from './action-modal';
import { Facts } from './facts';
import { ChoiceItem, PastDateItem, TextItem } from './form-items';

const PAYABLE = ['AWAITING_PAYMENT', 'PAYMENT_OVERDUE', 'ENFORCEMENT'];

/** Reads "2027-01-15 30000" lines into instalments. */
function instalments(text?: string) {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((parts) => parts.length === 2)
    .map(([dueOn, amount]) => ({ dueOn, amount }));
}

/** The decision, what the party owes today with the surcharge, payments, deferral and challenges. */
export function ExecutionCard({ caseId, penalty, stage }: { caseId: string; penalty: PenaltyView; stage: string }) {
  const { t } = useTranslation();
  const d = penalty.decision;
  const due = penalty.due;
  const yuan = (amount?: string | null) => t('penalty.yuan', { amount: formatYuan(amount) });
  const amountRule = {
    validator: (_: unknown, v?: string) =>
      isAmount(v)
        ? Promise.resolve()
        : Promise.reject(new Error(t('penalty.form.required', { field: t('penalty.execution.amount') }))),
  };
  if (!d) return <Card title={t('penalty.execution.title')}>{t('penalty.execution.none')}</Card>;
  const payable = d.kind === 'PENALTY' && PAYABLE.includes(stage);
  const openChallenge = penalty.challenges.find((c) => !c.decidedOn);
  return (
    <Card
      title={t('penalty.execution.title')}
      extra={
        payable && (
          <Space wrap>
            <ActionModal<{ paidOn: Dayjs; amount: string; receipt: string }>
              caseId={caseId}
              label={t('penalty.execution.pay')}
              buttonType="primary"
              initialValues={{ paidOn: todayInOffice(), amount: due?.outstanding }}
              toAction={(v) => ({
                type: 'payment',
                payment: { paidOn: v.paidOn.format('YYYY-MM-DD'), amount: v.amount.trim(), receipt: v.receipt },
              })}
            >
              {() => (
                <>
                  <PastDateItem name="paidOn" label={t('penalty.execution.paidOn')} />
                  <Form.Item name="amount" label={t('penalty.execution.amount')} rules={[amountRule]}>
                    <Input inputMode="decimal" />
                  </Form.Item>
                  <TextItem name="receipt" label={t('penalty.execution.receipt')}>
                    <Input maxLength={100} />
                  </TextItem>
                </>
              )}
            </ActionModal>
            {stage === 'AWAITING_PAYMENT' && (
              <ActionModal<{
                kind: 'DEFERRAL' | 'INSTALMENTS';
                reasons: string;
                newDueOn?: Dayjs;
                instalments?: string;
              }>
                caseId={caseId}
                label={t('penalty.execution.arrangement')}
                initialValues={{ kind: 'DEFERRAL' }}
                toAction={(v) => ({
                  type: 'arrangement',
                  request: {
                    kind: v.kind,
                    reasons: v.reasons,
                    newDueOn: v.newDueOn?.format('YYYY-MM-DD'),
                    instalments: v.kind === 'INSTALMENTS' ? instalments(v.instalments) : undefined,
                  },
                })}
              >
                {(form) => (
                  <>
                    <ChoiceItem
                      name="kind"
                      label={t('penalty.execution.arrangement')}
                      values={['DEFERRAL', 'INSTALMENTS']}
                      words="penalty.execution.arrangementKinds"
                    />
                    <Form.Item noStyle dependencies={['kind']}>
                      {() =>
                        form.getFieldValue('kind') === 'INSTALMENTS' ? (
                          <Form.Item
                            name="instalments"
                            label={t('penalty.execution.instalments')}
                            rules={[{ required: true }]}
                          >
                            <Input.TextArea autoSize={{ minRows: 2 }} />
                          </Form.Item>
                        ) : (
                          <Form.Item
                            name="newDueOn"
                            label={t('penalty.execution.newDueOn')}
                            rules={[{ required: true }]}
                          >
                            <DatePicker />
                          </Form.Item>
                        )
                      }
                    </Form.Item>
                    <TextItem name="reasons" label={t('penalty.execution.reasons')}>
                      <Input.TextArea maxLength={2000} />
                    </TextItem>
                  </>
                )}
              </ActionModal>
            )}
            {!openChallenge ? (
              <ActionModal<{ kind: string; filedOn: Dayjs; body: string }>
                caseId={caseId}
                label={t('penalty.execution.challenge')}
                initialValues={{ kind: 'RECONSIDERATION', filedOn: todayInOffice() }}
                toAction={(v) => ({
                  type: 'challenge',
                  challenge: { kind: v.kind, filedOn: v.filedOn.format('YYYY-MM-DD'), body: v.body },
                })}
              >
                {() => (
                  <>
                    <ChoiceItem
                      name="kind"
                      label={t('penalty.execution.challenge')}
                      values={['RECONSIDERATION', 'LITIGATION']}
                      words="penalty.execution.challengeKinds"
                    />
                    <PastDateItem name="filedOn" label={t('penalty.execution.filedOn')} />
                    <TextItem name="body" label={t('penalty.execution.body')}>
                      <Input maxLength={200} />
                    </TextItem>
                  </>
                )}
              </ActionModal>
            ) : (
              <ActionModal<{ decidedOn: Dayjs; outcome: string; variedFine?: string }>
                caseId={caseId}
                label={t('penalty.execution.decide')}
                initialValues={{ decidedOn: todayInOffice(), outcome: 'UPHELD' }}
                toAction={(v) => ({
                  type: 'challengeDecided',
                  challengeId: openChallenge.id,
                  decision: {
                    decidedOn: v.decidedOn.format('YYYY-MM-DD'),
                    outcome: v.outcome,
                    variedFine: v.variedFine,
                  },
                })}
              >
                {() => (
                  <>
                    <PastDateItem name="decidedOn" label={t('penalty.execution.decidedOnChallenge')} />
                    <ChoiceItem
                      name="outcome"
                      label={t('penalty.form.outcome')}
                      values={['UPHELD', 'VARIED', 'REVOKED']}
                      words="penalty.execution.challengeOutcomes"
                    />
                    <Form.Item name="variedFine" label={t('penalty.execution.variedFine')}>
                      <Input inputMode="decimal" />
                    </Form.Item>
                  </>
                )}
              </ActionModal>
            )}
          </Space>
        )
      }
    >
      <Flex vertical gap="middle">
        <Facts
          items={[
            { key: 'kind', label: t('penalty.execution.kind'), children: t(`penalty.execution.kinds.${d.kind}`) },
            { key: 'decidedOn', label: t('penalty.execution.decidedOn'), children: d.decidedOn },
            { key: 'servedOn', label: t('penalty.execution.servedOn'), children: d.servedOn ?? '—' },
            { key: 'fine', label: t('penalty.execution.fine'), children: yuan(d.fine) },
            { key: 'confiscated', label: t('penalty.execution.confiscated'), children: yuan(d.confiscatedGains) },
            { key: 'dueOn', label: t('penalty.execution.paymentDueOn'), children: d.paymentDueOn ?? '—' },
            { key: 'windows', label: t('penalty.execution.windowsCloseOn'), children: d.windowsCloseOn ?? '—' },
            { key: 'published', label: t('penalty.execution.publishedOn'), children: d.publishedOn ?? '—' },
          ]}
        />
        {due && (
          <Flex gap="large" wrap aria-label={t('penalty.execution.asOf', { date: due.asOf })}>
            <Typography.Text type="secondary">{t('penalty.execution.asOf', { date: due.asOf })}</Typography.Text>
            <Statistic
              title={t('penalty.execution.surcharge')}
              value={formatYuan(due.surcharge)}
              data-testid="penalty-surcharge"
            />
            <Statistic title={t('penalty.execution.paid')} value={formatYuan(due.paid)} />
            <Statistic
              title={t('penalty.execution.outstanding')}
              value={formatYuan(due.outstanding)}
              data-testid="penalty-outstanding"
            />
          </Flex>
        )}
        {penalty.payments.length > 0 && (
          <List
            size="small"
            header={t('penalty.execution.payments')}
            dataSource={penalty.payments}
            renderItem={(p, i) => (
              <List.Item key={i}>
                {p.paidOn} · {yuan(p.amount)} · {p.receipt}
              </List.Item>
            )}
          />
        )}
        {penalty.challenges.length > 0 && (
          <List
            size="small"
            header={t('penalty.execution.challenges')}
            dataSource={penalty.challenges}
            renderItem={(c) => (
              <List.Item key={c.id}>
                {t(`penalty.execution.challengeKinds.${c.kind}`)} · {c.filedOn} · {c.body}
                {c.outcome ? ` · ${t(`penalty.execution.challengeOutcomes.${c.outcome}`)} ${c.decidedOn}` : ''}
              </List.Item>
            )}
          />
        )}
      </Flex>
    </Card>
  );
}

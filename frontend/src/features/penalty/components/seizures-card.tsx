import { Button, Card, Flex, Form, Input, List, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { todayInOffice } from '@/shared/lib/format';
import { useCaseAction } from '../api/case-actions';
import type { CardProps, Seizure } from '../types';
import { ActionModal } from './action-modal';
import { ChoiceItem, PastDateItem, TextItem } from './form-items';

const STATUS_COLOURS: Record<string, string> = { HELD: 'processing', REQUESTED: 'warning', CONFISCATED: 'red' };

/** The seizure's clock: 30 days (+30 once), paused while the items are tested (Admin. Compulsion Law art. 25). */
function SeizureClock({ seizure }: { seizure: Seizure }) {
  const { t } = useTranslation();
  const clock = seizure.clock;
  if (!clock || seizure.seizure.status !== 'HELD') return null;
  if (clock.state === 'PAUSED') return <Tag color="orange">{t('penalty.seizures.paused')}</Tag>;
  const colour = clock.status === 'OVERDUE' ? 'red' : clock.status === 'DUE_SOON' ? 'orange' : 'blue';
  return (
    <Tag color={colour} data-testid="seizure-deadline">
      {t('penalty.seizures.deadline')} {clock.deadline.lastDay}
      {clock.calendarDaysLeft !== null && clock.calendarDaysLeft !== undefined ? ` · ${clock.calendarDaysLeft}` : ''}
    </Tag>
  );
}

function SeizureActions({ caseId, seizure }: { caseId: string; seizure: Seizure }) {
  const { t } = useTranslation();
  const action = useCaseAction(caseId);
  const seq = seizure.seizure.seq;
  if (seizure.seizure.status !== 'HELD') return null;
  const paused = seizure.clock?.state === 'PAUSED';
  const extended = seizure.clock?.events.some((e) => e.type === 'EXTEND');
  return (
    <Space wrap>
      {paused ? (
        <Button size="small" onClick={() => action.mutate({ type: 'testing', seq, starts: false })}>
          {t('penalty.seizures.testingEnd')}
        </Button>
      ) : (
        <ActionModal<{ reason: string }>
          caseId={caseId}
          label={t('penalty.seizures.testingStart')}
          toAction={(v) => ({ type: 'testing', seq, starts: true, reason: v.reason })}
        >
          {() => (
            <TextItem name="reason" label={t('penalty.seizures.testingReason')}>
              <Input maxLength={300} />
            </TextItem>
          )}
        </ActionModal>
      )}
      {!extended && !paused && (
        <ActionModal<{ reasons: string }>
          caseId={caseId}
          label={t('penalty.seizures.extend')}
          toAction={(v) => ({ type: 'seizureExtension', seq, reasons: v.reasons })}
        >
          {() => (
            <TextItem name="reasons" label={t('penalty.seizures.reasons')}>
              <Input.TextArea maxLength={2000} />
            </TextItem>
          )}
        </ActionModal>
      )}
      <ActionModal<{ releasedOn: Dayjs; reasons?: string }>
        caseId={caseId}
        label={t('penalty.seizures.release')}
        initialValues={{ releasedOn: todayInOffice() }}
        toAction={(v) => ({ type: 'release', seq, releasedOn: v.releasedOn.format('YYYY-MM-DD'), reasons: v.reasons })}
      >
        {() => (
          <>
            <PastDateItem name="releasedOn" label={t('penalty.seizures.releasedOn')} />
            <Form.Item name="reasons" label={t('penalty.seizures.reasons')}>
              <Input.TextArea maxLength={2000} />
            </Form.Item>
          </>
        )}
      </ActionModal>
    </Space>
  );
}

/** Sealing and seizure (Patent Law art. 69 ¶1(5)): each one with its clock and what may happen to it. */
export function SeizuresCard({ caseId, penalty, editable }: CardProps) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('penalty.seizures.title')}
      extra={
        editable && (
          <ActionModal<{ kind: string; items: string; place: string; reasons: string }>
            caseId={caseId}
            label={t('penalty.seizures.request')}
            initialValues={{ kind: 'SEIZURE' }}
            toAction={(v) => ({ type: 'seizure', request: v })}
          >
            {() => (
              <>
                <ChoiceItem
                  name="kind"
                  label={t('penalty.seizures.kind')}
                  values={['SEALING', 'SEIZURE']}
                  words="penalty.seizures.kinds"
                />
                <TextItem name="items" label={t('penalty.seizures.items')}>
                  <Input.TextArea maxLength={5000} />
                </TextItem>
                <TextItem name="place" label={t('penalty.seizures.place')}>
                  <Input maxLength={300} />
                </TextItem>
                <TextItem name="reasons" label={t('penalty.seizures.reasons')}>
                  <Input.TextArea maxLength={2000} />
                </TextItem>
              </>
            )}
          </ActionModal>
        )
      }
    >
      <List
        dataSource={penalty.seizures}
        locale={{ emptyText: t('penalty.seizures.empty') }}
        renderItem={(s) => (
          <List.Item key={s.seizure.id}>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>
                  {t(`penalty.seizures.kinds.${s.seizure.kind}`)} #{s.seizure.seq}
                </Typography.Text>
                <Tag color={STATUS_COLOURS[s.seizure.status]}>{t(`penalty.seizures.statuses.${s.seizure.status}`)}</Tag>
                <SeizureClock seizure={s} />
              </Space>
              <Typography.Text>{s.seizure.items}</Typography.Text>
              <Typography.Text type="secondary">
                {s.seizure.place}
                {s.seizure.carriedOutOn ? ` · ${s.seizure.carriedOutOn}` : ''}
              </Typography.Text>
              <SeizureActions caseId={caseId} seizure={s} />
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}

import { Card, Descriptions, Flex, Form, Input, List, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDateTime, todayInOffice } from '@/shared/lib/format';
import { formatYuan } from '../lib/money';
import type { PenaltyView } from '../types';
import { ActionModal } from './action-modal';
import { Facts } from './facts';
import { ChoiceItem, PastDateItem } from './form-items';

type ResponseValues = { kind: string; receivedOn: Dayjs; content?: string };

/** Admin. Penalty Law art. 44-45, 63-65: the notice, the party's statement and defence, and the hearing. */
export function RightsCard({ caseId, penalty, stage }: { caseId: string; penalty: PenaltyView; stage: string }) {
  const { t } = useTranslation();
  const p = penalty.proposal;
  const yuan = (amount?: string | null) => t('penalty.yuan', { amount: formatYuan(amount) });
  const canRespond = stage === 'PENALTY_NOTICE' && !!p?.noticeServedOn;
  return (
    <Card
      title={t('penalty.rights.title')}
      extra={
        canRespond && (
          <ActionModal<ResponseValues>
            caseId={caseId}
            label={t('penalty.rights.record')}
            buttonType="primary"
            initialValues={{ kind: 'STATEMENT', receivedOn: todayInOffice() }}
            toAction={(v) => ({
              type: 'response',
              response: { kind: v.kind, receivedOn: v.receivedOn.format('YYYY-MM-DD'), content: v.content },
            })}
          >
            {() => (
              <>
                <ChoiceItem
                  name="kind"
                  label={t('penalty.rights.kind')}
                  values={(['STATEMENT', 'HEARING_REQUEST', 'WAIVER'] as const).filter(
                    (k) => k !== 'HEARING_REQUEST' || p?.hearingRight,
                  )}
                  words="penalty.rights.kinds"
                />
                <PastDateItem name="receivedOn" label={t('penalty.rights.receivedOn')} />
                <Form.Item name="content" label={t('penalty.rights.content')}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
                </Form.Item>
              </>
            )}
          </ActionModal>
        )
      }
    >
      {!p ? (
        t('penalty.rights.none')
      ) : (
        <Flex vertical gap="middle">
          <Facts
            items={[
              { key: 'fine', label: t('penalty.rights.fine'), children: yuan(p.fine) },
              { key: 'confiscated', label: t('penalty.rights.confiscated'), children: yuan(p.confiscatedGains) },
              {
                key: 'level',
                label: t('penalty.proposal.level'),
                children: t(`penalty.proposal.levels.${p.discretionLevel}`),
              },
              { key: 'ceiling', label: t('penalty.proposal.ceiling'), children: yuan(p.ceiling) },
              {
                key: 'range',
                label: t('penalty.proposal.range'),
                children: `${yuan(p.rangeMin)} – ${yuan(p.rangeMax)}`,
              },
              { key: 'served', label: t('penalty.rights.noticeServedOn'), children: p.noticeServedOn ?? '—' },
              { key: 'rightsEnd', label: t('penalty.rights.rightsEndOn'), children: p.rightsEndOn ?? '—' },
              {
                key: 'hearing',
                label: t('penalty.rights.hearingEnd'),
                children: p.hearingRight ? (
                  (p.hearingRequestEndOn ?? '—')
                ) : (
                  <Tag>{t('penalty.rights.noHearingRight')}</Tag>
                ),
              },
            ]}
          />
          {penalty.responses.length > 0 && (
            <List
              header={t('penalty.rights.responses')}
              size="small"
              dataSource={penalty.responses}
              renderItem={(r, i) => (
                <List.Item key={i}>
                  {r.receivedOn} · {t(`penalty.rights.kinds.${r.kind}`)}
                  {r.content ? ` · ${r.content}` : ''}
                </List.Item>
              )}
            />
          )}
          {penalty.hearing && (
            <Descriptions
              title={t('penalty.rights.hearing')}
              size="small"
              column={1}
              items={[
                {
                  key: 'at',
                  label: t('penalty.hearing.at'),
                  children: formatDateTime(penalty.hearing.scheduledAt) || '—',
                },
                { key: 'place', label: t('penalty.hearing.place'), children: penalty.hearing.place ?? '—' },
                { key: 'presider', label: t('penalty.hearing.presider'), children: penalty.hearing.presider ?? '—' },
                ...(penalty.hearing.outcome
                  ? [
                      {
                        key: 'outcome',
                        label: t('penalty.form.outcome'),
                        children: t(`penalty.outcome.${penalty.hearing.outcome}`),
                      },
                    ]
                  : []),
              ]}
            />
          )}
        </Flex>
      )}
    </Card>
  );
}

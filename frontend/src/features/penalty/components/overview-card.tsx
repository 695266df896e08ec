import { Card, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/lib/format';
import { useCaseAction } from '../api/case-actions';
import type { Clock, PenaltyView } from '../types';
import { ActionModal } from './action-modal';
import { Facts } from './facts';
import { ChoiceItem } from './form-items';

type Props = { caseId: string; stage: string; penalty: PenaltyView; casePeriod?: Clock };

/** Where the case came from, who handles it, what the investigation concluded, and the steps taken. */
export function OverviewCard({ caseId, stage, penalty, casePeriod }: Props) {
  const { t } = useTranslation();
  const endExcluded = useCaseAction(caseId);
  const f = penalty.findings;
  const crime = f.concludedAt ? (f.crimeGround ?? 'NONE') : null;
  const lastPause = casePeriod?.events.filter((e) => e.type === 'PAUSE').at(-1);
  return (
    <Card title={t('penalty.card.title')}>
      <Flex vertical gap="middle">
        <Facts
          items={[
            {
              key: 'procedure',
              label: t('penalty.card.procedure'),
              children: t(`penalty.card.procedures.${penalty.procedure}`),
            },
            {
              key: 'source',
              label: t('penalty.card.source'),
              children: `${t(`penalty.register.sources.${penalty.source}`)}${penalty.sourceReference ? ` · ${penalty.sourceReference}` : ''}`,
            },
            { key: 'discoveredOn', label: t('penalty.card.discoveredOn'), children: penalty.discoveredOn },
            ...(penalty.limitation && (penalty.limitation.actContinuing || penalty.limitation.actEndedOn)
              ? [
                  {
                    key: 'limitation',
                    label: t('penalty.card.limitation'),
                    children: penalty.limitation.actContinuing
                      ? t('penalty.card.actContinuing')
                      : t('penalty.card.limitationDates', {
                          actEndedOn: penalty.limitation.actEndedOn,
                          lastDay: penalty.limitation.lastDay,
                          years: penalty.limitation.safetyHarm ? 5 : 2,
                        }),
                  },
                ]
              : []),
            ...(penalty.reportTrackingCode
              ? [{ key: 'code', label: t('penalty.card.trackingCode'), children: penalty.reportTrackingCode }]
              : []),
            {
              key: 'handlers',
              label: t('penalty.card.handlers'),
              children: penalty.handlers.map((h) => (
                <Tag key={h} color={h === penalty.leadHandler ? 'blue' : undefined}>
                  {h}
                  {h === penalty.leadHandler ? ` · ${t('penalty.card.lead')}` : ''}
                </Tag>
              )),
            },
            {
              key: 'party',
              label: t('penalty.card.party'),
              children: `${penalty.partyName ?? ''} (${t(`penalty.register.partyKinds.${penalty.partyKind}`)})`,
            },
            { key: 'act', label: t('penalty.card.suspectedAct'), span: 'filled', children: penalty.suspectedAct },
            ...(f.concludedAt
              ? [
                  {
                    key: 'findings',
                    label: t('penalty.card.findings'),
                    span: 'filled' as const,
                    children: (
                      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                        {t(`penalty.investigation.outcomes.${f.investigationOutcome}`)}
                        {'\n'}
                        {f.investigationReport}
                      </Typography.Paragraph>
                    ),
                  },
                ]
              : []),
            ...(crime
              ? [
                  {
                    key: 'crime',
                    label: t('penalty.card.crimeGround'),
                    children: t(`penalty.card.crimeGrounds.${crime}`),
                  },
                ]
              : []),
          ]}
        />
        {casePeriod && casePeriod.state !== 'STOPPED' && (
          <Flex gap="small" align="center" wrap>
            <Typography.Text strong>{t('penalty.card.excluded')}</Typography.Text>
            {casePeriod.state === 'PAUSED' ? (
              <>
                <Tag color="orange">{lastPause?.reason ?? ''}</Tag>
                {lastPause?.reason !== 'HEARING' && (
                  <a onClick={() => endExcluded.mutate({ type: 'endExcluded' })}>{t('penalty.card.excludeEnd')}</a>
                )}
              </>
            ) : (
              stage !== 'FILING_REVIEW' && (
                <ActionModal<{ reason: string }>
                  caseId={caseId}
                  label={t('penalty.card.excludeStart')}
                  toAction={(v) => ({ type: 'exclude', reason: v.reason })}
                >
                  {() => (
                    <ChoiceItem
                      name="reason"
                      label={t('penalty.card.excluded')}
                      values={penalty.excludedPeriodReasons}
                      words="penalty.card.excludedReasons"
                      required
                    />
                  )}
                </ActionModal>
              )
            )}
          </Flex>
        )}
        {penalty.steps.length > 0 && (
          <>
            <Typography.Text strong>{t('penalty.card.steps')}</Typography.Text>
            <Timeline
              items={penalty.steps.map((s, i) => ({
                key: `${s.decidedAt}-${i}`,
                title: formatDateTime(s.decidedAt),
                content: (
                  <>
                    <Typography.Text strong>{t(`penalty.steps.${s.step}`, { defaultValue: s.step })}</Typography.Text>
                    {s.outcome && <> · {t(`penalty.outcome.${s.outcome}`, { defaultValue: s.outcome })}</>}
                    {s.occurredOn && <> · {s.occurredOn}</>}
                    {s.reference && <> · {s.reference}</>}
                    {s.comments && (
                      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                        {s.comments}
                      </Typography.Paragraph>
                    )}
                    <Typography.Text type="secondary"> — {s.decidedBy}</Typography.Text>
                  </>
                ),
              }))}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}

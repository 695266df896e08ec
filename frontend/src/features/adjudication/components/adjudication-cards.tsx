import { Card, Descriptions, Flex, List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/lib/format';
import { useHearingRooms } from '../api/steps';
import type { AdjudicationView, Period } from '../types';

function PeriodTag({ period }: { period: Period }) {
  const { t } = useTranslation();
  const colour = period.state === 'PAUSED' ? 'warning' : period.state === 'STOPPED' ? 'default' : 'processing';
  return (
    <Flex gap="small" align="center">
      <span>{period.lastDay}</span>
      <Tag color={colour}>{t(`adj.periodState.${period.state}`)}</Tag>
    </Flex>
  );
}

const text = (value: string) => (
  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{value}</Typography.Paragraph>
);

type Item = { key: string; label: string; children: ReactNode };

function DetailCard({
  title,
  items,
  testId,
}: {
  title: string;
  items: (Item | false | null | undefined | '')[];
  testId: string;
}) {
  return (
    <Card title={title} size="small" data-testid={testId}>
      <Descriptions size="small" column={1} items={items.filter((item): item is Item => !!item)} />
    </Card>
  );
}

/**
 * The adjudication's cards on the case page: the panel, the periods that bind the parties and where
 * each step stands. The server leaves out what the viewer may not read.
 */
export function AdjudicationCards({ kase }: { kase: AdjudicationView }) {
  const { t } = useTranslation();
  const cards: ReactNode[] = [];
  const { panel, answer, evidence, hearing, suspension, casePeriod, decision, appealWindow, enforcement } = kase;

  if (panel && panel.length > 0) {
    cards.push(
      <Card key="panel" title={t('adj.cards.panel')} size="small" data-testid="panel-card">
        <Flex gap="small" wrap>
          {panel.map((m) => (
            <Tag key={m.ref} color={m.lead ? 'blue' : undefined}>
              {m.displayName}
              {m.lead ? `（${t('adj.cards.lead')}）` : ''}
            </Tag>
          ))}
        </Flex>
      </Card>,
    );
  }
  if (casePeriod) {
    cards.push(
      <DetailCard
        key="casePeriod"
        testId="case-period-card"
        title={t('adj.cards.casePeriod')}
        items={[
          { key: 'lastDay', label: t('adj.cards.lastDay'), children: <PeriodTag period={casePeriod.period} /> },
          casePeriod.period.pausedDays > 0 && {
            key: 'paused',
            label: t('adj.cards.pausedDays'),
            children: casePeriod.period.pausedDays,
          },
          casePeriod.extensions.length > 0 && {
            key: 'extensions',
            label: t('adj.cards.extensions'),
            children: (
              <Flex vertical>
                {casePeriod.extensions.map((e) => (
                  <span key={e.decidedAt}>
                    {t('adj.cards.extension', {
                      level: t(`adj.level.${e.level}`),
                      months: e.months,
                      approver: e.approver,
                    })}
                    {e.approvalRef ? ` ${e.approvalRef}` : ''}
                  </span>
                ))}
              </Flex>
            ),
          },
        ]}
      />,
    );
  }
  if (suspension) {
    cards.push(
      <DetailCard
        key="suspension"
        testId="suspension-card"
        title={t('adj.cards.suspension')}
        items={[
          { key: 'ground', label: t('adj.steps.ground'), children: t(`adj.suspensionGround.${suspension.ground}`) },
          { key: 'details', label: t('adj.steps.details'), children: text(suspension.details) },
          {
            key: 'state',
            label: t('adj.cards.status'),
            children: suspension.active ? (
              <Tag color="warning">{t('adj.cards.active')}</Tag>
            ) : suspension.decision === 'REFUSE' ? (
              t('adj.form.refuseSuspension')
            ) : suspension.resumedAt ? (
              `${t('adj.cards.resumed')} ${formatDateTime(suspension.resumedAt)}`
            ) : (
              t('adj.cards.pending')
            ),
          },
        ]}
      />,
    );
  }
  if (answer) {
    cards.push(
      <DetailCard
        key="answer"
        testId="answer-card"
        title={t('adj.cards.answer')}
        items={[
          { key: 'due', label: t('adj.cards.answerDue'), children: <PeriodTag period={answer.period} /> },
          {
            key: 'filed',
            label: t('adj.cards.answerFiledAt'),
            children: answer.filedAt ? formatDateTime(answer.filedAt) : t('adj.cards.notFiledYet'),
          },
          answer.answer && { key: 'text', label: t('adj.cards.answerText'), children: text(answer.answer) },
          answer.filedAt && {
            key: 'forwarded',
            label: t('adj.cards.forwardedAt'),
            children: answer.forwardedAt ? formatDateTime(answer.forwardedAt) : t('adj.cards.notForwarded'),
          },
        ]}
      />,
    );
  }
  if (evidence) {
    cards.push(
      <Card key="evidence" title={t('adj.cards.evidence')} size="small" data-testid="evidence-card">
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'due', label: t('adj.cards.evidenceDue'), children: <PeriodTag period={evidence.period} /> },
            {
              key: 'measures',
              label: t('adj.cards.measures'),
              children: evidence.measures.map((m) => t(`adj.measure.${m}`)).join('、') || '—',
            },
            ...(evidence.evaluationReportRequired
              ? [
                  {
                    key: 'report',
                    label: t('adj.cards.evaluationReport'),
                    children: evidence.evaluationReportConclusion
                      ? t(
                          evidence.evaluationReportConclusion === 'NO_DEFECT'
                            ? 'adj.form.noDefect'
                            : 'adj.form.defectsFound',
                        )
                      : t('adj.cards.required'),
                  },
                ]
              : []),
          ]}
        />
        {evidence.investigations.length > 0 && (
          <List
            size="small"
            header={t('adj.cards.investigations')}
            dataSource={evidence.investigations}
            renderItem={(r) => (
              <List.Item>
                {r.carriedOutOn} {t(`adj.measure.${r.measure}`)} {r.place}：{r.findings}
                {!r.signedByParties && r.refusalNote ? `（${r.refusalNote}）` : ''}
              </List.Item>
            )}
          />
        )}
      </Card>,
    );
  }
  if (hearing) {
    cards.push(<HearingCard key="hearing" hearing={hearing} />);
  }
  if (decision) {
    cards.push(
      <DetailCard
        key="decision"
        testId="decision-card"
        title={t('adj.cards.decision')}
        items={[
          { key: 'outcome', label: t('adj.cards.outcome'), children: t(`adj.outcome.${decision.outcome}`) },
          decision.stopMeasures.length > 0 && {
            key: 'stop',
            label: t('adj.cards.stopMeasures'),
            children: decision.stopMeasures.map((m) => t(`adj.stopMeasure.${m}`)).join('、'),
          },
          decision.stopScope && { key: 'scope', label: t('adj.form.stopScope'), children: text(decision.stopScope) },
          { key: 'reasoning', label: t('adj.cards.reasoning'), children: text(decision.reasoning) },
          {
            key: 'priorArt',
            label: t('adj.form.priorArtDefence'),
            children: t(`adj.priorArt.${decision.priorArtDefence}`),
          },
          decision.decidedInAbsence && { key: 'absence', label: t('adj.cards.absence'), children: t('adj.yes') },
          decision.approval && {
            key: 'approval',
            label: t('adj.cards.approval'),
            children: t(decision.approval === 'APPROVE' ? 'adj.form.approve' : 'adj.form.return'),
          },
          decision.approvalComments && {
            key: 'comments',
            label: t('adj.cards.approvalComments'),
            children: text(decision.approvalComments),
          },
          decision.servedOn && { key: 'served', label: t('adj.cards.servedOn'), children: decision.servedOn },
          decision.publicationUrl && {
            key: 'published',
            label: t('adj.cards.published'),
            children: (
              <a href={decision.publicationUrl} target="_blank" rel="noreferrer">
                {decision.publishedOn}
              </a>
            ),
          },
        ]}
      />,
    );
  }
  if (appealWindow) {
    cards.push(
      <DetailCard
        key="window"
        testId="appeal-window-card"
        title={t('adj.cards.appealWindow')}
        items={[
          { key: 'ends', label: t('adj.cards.windowEnds'), children: <PeriodTag period={appealWindow.period} /> },
          appealWindow.lawsuits.length > 0 && {
            key: 'suits',
            label: t('adj.cards.lawsuits'),
            children: appealWindow.lawsuits
              .map((s) => `${t(`adj.role.${s.partyRole}`)} ${s.court} ${s.filedOn}`)
              .join('；'),
          },
        ]}
      />,
    );
  }
  if (enforcement && enforcement.length > 0) {
    cards.push(
      <Card key="enforcement" title={t('adj.cards.enforcement')} size="small" data-testid="enforcement-card">
        <List
          size="small"
          dataSource={enforcement}
          renderItem={(s) => (
            <List.Item>
              {s.onDay} {t(`adj.cards.step.${s.step}`)} {s.court ?? ''} {s.finding ?? ''} {s.notes ?? ''}
            </List.Item>
          )}
        />
      </Card>,
    );
  }
  return cards.length > 0 ? (
    <Flex vertical gap="middle">
      {cards}
    </Flex>
  ) : null;
}

function HearingCard({ hearing }: { hearing: NonNullable<AdjudicationView['hearing']> }) {
  const { t } = useTranslation();
  return (
    <DetailCard
      testId="hearing-card"
      title={t('adj.cards.hearing')}
      items={[
        { key: 'room', label: t('adj.cards.room'), children: <HearingRoomName id={hearing.room} /> },
        { key: 'when', label: t('adj.cards.startsAt'), children: formatDateTime(hearing.startsAt) },
        { key: 'public', label: t('adj.cards.publicity'), children: t(hearing.publicHearing ? 'adj.yes' : 'adj.no') },
        {
          key: 'status',
          label: t('adj.cards.status'),
          children: t(`adj.cards.hearingStatus.${hearing.status}`, { defaultValue: hearing.status }),
        },
        hearing.minutes && { key: 'minutes', label: t('adj.form.minutes'), children: text(hearing.minutes) },
      ]}
    />
  );
}

function HearingRoomName({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  // the case page carries the room's id; its name comes from the settings
  const rooms = useHearingRooms().data;
  if (id === 'ONLINE') return <>{t('adj.form.online')}</>;
  const room = rooms?.rooms.find((r) => r.id === id);
  return <>{room ? (i18n.language === 'en' ? room.nameEn : room.nameZh) : id}</>;
}

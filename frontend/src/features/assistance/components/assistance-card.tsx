import { Card, Descriptions, Rate, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssistanceOrigin, AssistanceView } from '../types';

/** Where a linked case opens in this workspace, e.g. /inbox/cases. */
type CasesPath = { casesPath: string };

/** On a mediation or adjudication case a request was referred into: the request it came from. */
export function AssistanceOriginCard({ origin, casesPath }: { origin: AssistanceOrigin } & CasesPath) {
  const { t } = useTranslation();
  return (
    <Card title={t('assistance.section.title')} size="small">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'origin',
            label: t('assistance.section.assistanceCase'),
            children: <Link to={`${casesPath}/${origin.assistanceCase.id}`}>{origin.assistanceCase.caseNumber}</Link>,
          },
        ]}
      />
    </Card>
  );
}

/** The request itself: what it asks, who helps, what was given, where it was referred. */
export function AssistanceCard({ view, casesPath }: { view: AssistanceView } & CasesPath) {
  const { t } = useTranslation();
  const r = view.request;
  const items = [
    {
      key: 'small',
      label: t('assistance.section.smallOrMicroFirm'),
      children: r.smallOrMicroFirm ? t('assistance.section.yes') : t('assistance.section.no'),
    },
    { key: 'field', label: t('assistance.apply.field'), children: t(`assistance.field.${r.field}`) },
    {
      key: 'help',
      label: t('assistance.section.helpWanted'),
      children: r.helpWanted
        .split(',')
        .filter(Boolean)
        .map((k) => t(`assistance.help.${k}`))
        .join('、'),
    },
  ];
  if (r.assignedTo) {
    items.push({
      key: 'assigned',
      label: t('assistance.section.assignedTo'),
      children: `${r.assignedTo}（${t(`assistance.memberKind.${r.assignedKind ?? 'EXPERT'}`)}）`,
    });
  }
  if (r.assistanceKind) {
    items.push({
      key: 'kind',
      label: t('assistance.section.assistanceKind'),
      children: t(`assistance.service.${r.assistanceKind}`),
    });
  }
  return (
    <Card title={t('assistance.section.title')} size="small">
      <Descriptions column={1} size="small" items={items} />
      {r.opinion && (
        <>
          <Typography.Title level={5}>{t('assistance.section.opinion')}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.opinion}</Typography.Paragraph>
        </>
      )}
      {view.referredCase && (
        <Typography.Paragraph>
          {t('assistance.section.linked')}：
          <Link to={`${casesPath}/${view.referredCase.id}`}>{view.referredCase.caseNumber}</Link>
        </Typography.Paragraph>
      )}
      {r.rating && (
        <Typography.Paragraph>
          {t('assistance.section.rating')}：<Rate disabled value={r.rating} /> {r.ratingComment}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

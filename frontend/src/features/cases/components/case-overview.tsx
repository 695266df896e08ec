import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/lib/format';
import type { CaseDetail } from '../types';
import { StageTag } from './stage-tag';

export function CaseOverview({ kase }: { kase: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const officeName = i18n.language === 'en' ? kase.office.nameEn : kase.office.nameZh;
  const paragraph = (text: string) => (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{text}</Typography.Paragraph>
  );
  return (
    <Card title={t('case.details')}>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'caseNumber', label: t('case.caseNumber'), children: kase.caseNumber },
          { key: 'stage', label: t('case.stage'), children: <StageTag stage={kase.stage} /> },
          {
            key: 'caseType',
            label: t('case.caseType'),
            children: t(`caseType.${kase.caseType}`, { defaultValue: kase.caseType }),
          },
          { key: 'office', label: t('case.office'), children: officeName },
          { key: 'filedAt', label: t('case.filedAt'), children: formatDateTime(kase.filedAt) },
          ...(kase.receivedOn ? [{ key: 'receivedOn', label: t('case.receivedOn'), children: kase.receivedOn }] : []),
          ...(kase.patent
            ? [
                { key: 'patentNumber', label: t('case.patentNumber'), children: kase.patent.number },
                {
                  key: 'patentType',
                  label: t('case.patentType'),
                  children: t(`patentType.${kase.patent.type}`, { defaultValue: kase.patent.type }),
                },
                { key: 'patentTitle', label: t('case.patentTitle'), children: kase.patent.title },
              ]
            : []),
          ...(kase.claims.length > 0
            ? [
                {
                  key: 'claims',
                  label: t('case.claims'),
                  span: 'filled' as const,
                  children: kase.claims.join(i18n.language === 'en' ? ', ' : '、'),
                },
              ]
            : []),
          {
            key: 'factsAndReasons',
            label: t('case.factsAndReasons'),
            span: 'filled',
            children: paragraph(kase.factsAndReasons),
          },
          ...(kase.requestedMeasures
            ? [
                {
                  key: 'requestedMeasures',
                  label: t('case.requestedMeasures'),
                  span: 'filled' as const,
                  children: paragraph(kase.requestedMeasures),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

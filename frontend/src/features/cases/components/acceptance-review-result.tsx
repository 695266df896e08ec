import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/lib/format';
import type { AcceptanceReview } from '../types';

export function AcceptanceReviewResult({ review }: { review: AcceptanceReview }) {
  const { t } = useTranslation();
  return (
    <Card title={t('case.acceptanceReview')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'decision', label: t('review.decision'), children: t(`decision.${review.decision}`) },
          ...(review.reasons ? [{ key: 'reasons', label: t('case.reasons'), children: review.reasons }] : []),
          { key: 'decidedAt', label: t('case.decidedAt'), children: formatDateTime(review.decidedAt) },
        ]}
      />
    </Card>
  );
}

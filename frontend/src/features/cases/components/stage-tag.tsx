import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../types';

const COLOURS: Record<string, string> = {
  FILED: 'processing',
  AWAITING_SUPPLEMENT: 'warning',
  ACCEPTED: 'success',
  REFUSED: 'error',
  WITHDRAWN: 'default',
  CLOSED: 'default',
  SETTLED: 'success',
  ENFORCEMENT: 'warning',
  MEDIATION_FAILED: 'default',
  MEDIATION_NOT_FILED: 'default',
};

export function StageTag({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[stage] ?? 'processing'}>{t(`stage.${stage}`, { defaultValue: stage })}</Tag>;
}

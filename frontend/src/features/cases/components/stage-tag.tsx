import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../types';

const COLOURS: Record<Stage, string> = {
  FILED: 'processing',
  AWAITING_SUPPLEMENT: 'warning',
  ACCEPTED: 'success',
  REFUSED: 'error',
};

export function StageTag({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[stage] ?? 'default'}>{t(`stage.${stage}`, { defaultValue: stage })}</Tag>;
}

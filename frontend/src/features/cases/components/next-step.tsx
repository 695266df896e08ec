import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../types';

/** Tells a party, in one sentence, what happens next and what the law gives them to do. */
export function NextStep({ kase }: { kase: Pick<CaseDetail, 'stage' | 'supplementRequest'> }) {
  const { t, i18n } = useTranslation();
  const dueDate = kase.supplementRequest?.dueDate;
  let sentence: string;
  if (kase.stage === 'AWAITING_SUPPLEMENT') {
    sentence = dueDate ? t('nextStep.AWAITING_SUPPLEMENT', { dueDate }) : t('nextStep.AWAITING_SUPPLEMENT_NO_DATE');
  } else {
    const key = `nextStep.${kase.stage}`;
    sentence = i18n.exists(key) ? t(key) : t('nextStep.unknown');
  }
  const type = kase.stage === 'AWAITING_SUPPLEMENT' ? 'warning' : kase.stage === 'REFUSED' ? 'error' : 'info';
  return <Alert type={type} showIcon title={sentence} />;
}

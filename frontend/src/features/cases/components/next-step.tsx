import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { partyDeadlines } from '../lib/clocks';
import type { CaseDetail } from '../types';

type Props = {
  kase: Pick<CaseDetail, 'stage' | 'supplementRequest' | 'clocks'>;
  /** whose deadlines to list: the person reading is the requester or the respondent */
  role?: 'REQUESTER' | 'RESPONDENT';
};

/**
 * Tells a party, in one sentence, what happens next and what the law gives them to do, with the
 * deadlines that bind them ("答辩截止 2026-12-08") from the case's clocks.
 */
export function NextStep({ kase, role }: Props) {
  const { t, i18n } = useTranslation();
  const dueDate = kase.supplementRequest?.dueDate;
  let sentence: string;
  if (kase.stage === 'AWAITING_SUPPLEMENT') {
    sentence = dueDate ? t('nextStep.AWAITING_SUPPLEMENT', { dueDate }) : t('nextStep.AWAITING_SUPPLEMENT_NO_DATE');
  } else {
    const key = `nextStep.${kase.stage}`;
    sentence = i18n.exists(key) ? t(key) : t('nextStep.unknown');
  }
  const deadlines = role ? partyDeadlines(kase.clocks ?? [], role, t) : [];
  const type = kase.stage === 'AWAITING_SUPPLEMENT' ? 'warning' : kase.stage === 'REFUSED' ? 'error' : 'info';
  return (
    <Alert
      type={type}
      showIcon
      title={sentence}
      description={
        deadlines.length > 0 && (
          <span>
            {t('caseView.yourDeadlines')}：<strong>{deadlines.join('；')}</strong>
          </span>
        )
      }
    />
  );
}

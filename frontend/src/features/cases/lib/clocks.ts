import type { TFunction } from 'i18next';
import type { CaseClock } from '../types';

/**
 * The periods whose obligation falls on a party rather than on the office: what the portal lists
 * as "your deadlines" (答辩截止 …).
 */
export const PARTY_CLOCKS: Record<string, 'REQUESTER' | 'RESPONDENT' | 'ANY'> = {
  supplement: 'REQUESTER',
  answer: 'RESPONDENT',
  evidence: 'ANY',
  'appeal-window': 'ANY',
};

export function clockName(key: string, t: TFunction): string {
  return t(`clock.${key}`, { defaultValue: t('clock.unknown', { key }) });
}

/** The running periods a party must act within, earliest first, as "答辩截止 2026-12-08". */
export function partyDeadlines(clocks: CaseClock[], role: 'REQUESTER' | 'RESPONDENT', t: TFunction): string[] {
  return clocks
    .filter((c) => c.state !== 'STOPPED' && (PARTY_CLOCKS[c.key] === role || PARTY_CLOCKS[c.key] === 'ANY'))
    .sort((a, b) => a.deadline.lastDay.localeCompare(b.deadline.lastDay))
    .map((c) =>
      t('caseView.deadlineOn', {
        name: t(`clockDue.${c.key}`, { defaultValue: clockName(c.key, t) }),
        date: c.deadline.provisional ? t('caseView.provisionalDate', { date: c.deadline.lastDay }) : c.deadline.lastDay,
      }),
    );
}

import type { i18n as I18n } from 'i18next';
import { clockName } from './clocks';
import type { TimelineEntry } from '../types';

// "START acceptance → 2026-11-30", "PAUSE answer: reason → …", "EXTEND acceptance +5 WORKING_DAYS (DEPARTMENT_HEAD) → …"
const CLOCK_CHANGE = /^(START|PAUSE|RESUME|EXTEND|STOP|RECOUNT) ([^\s:]+).* → (\S+)$/;

/**
 * One entry of the audit trail in plain language: what happened, and a secondary line (a reason,
 * a new stage, a task's name). Details recorded as JSON fill in the sentence.
 */
export function describeEntry(entry: TimelineEntry, i18n: I18n): { sentence: string; note: string | null } {
  const t = i18n.t.bind(i18n);
  const key = `timeline.${entry.action}`;
  const details = entry.details;
  if (!i18n.exists(key)) {
    return { sentence: t('timeline.unknown', { code: entry.action }), note: text(details) };
  }
  if (typeof details === 'string' && details.startsWith('{')) {
    try {
      const values = JSON.parse(details) as Record<string, unknown>;
      const reason = typeof values.reason === 'string' ? t('timeline.reason', { reason: values.reason }) : null;
      return { sentence: t(key, values), note: reason };
    } catch {
      // not JSON after all: shown as recorded
    }
  }
  if (entry.action === 'CLOCK_CHANGED' && typeof details === 'string') {
    const change = CLOCK_CHANGE.exec(details);
    if (change) {
      return {
        sentence: t(key, {
          clock: clockName(change[2], t),
          change: t(`timeline.clockChange.${change[1]}`),
          lastDay: change[3],
        }),
        note: null,
      };
    }
  }
  if (entry.action === 'STAGE_CHANGED' && typeof details === 'string') {
    return { sentence: t(key), note: t(`stage.${details}`, { defaultValue: details }) };
  }
  return { sentence: t(key), note: text(details) };
}

function text(details: unknown): string | null {
  if (details === null || details === undefined || details === '') return null;
  if (typeof details === 'string') return details;
  if (typeof details === 'object') {
    return Object.entries(details as Record<string, unknown>)
      .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
      .join('; ');
  }
  return String(details);
}

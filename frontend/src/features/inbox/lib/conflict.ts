import type { TFunction } from 'i18next';
import { isApiError } from '@/shared/api/problem';
import { formatDateTime } from '@/shared/lib/format';
import type { TaskState } from '../types';

/**
 * What to tell someone whose action met another person's change: the server's reason, and the
 * task as it stands now, from the 409's body.
 */
export function actionErrorMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return String(error);
  const detail = error.problem.detail ?? '';
  const state = error.status === 409 ? (error.problem.task as TaskState | undefined) : undefined;
  if (!state) return detail;
  const name = state.assigneeName || state.assignee || '';
  let now: string;
  if (state.status !== 'OPEN') {
    now = t('inbox.conflict.completed', { name, at: formatDateTime(state.completedAt) });
  } else if (state.assignee) {
    now = t('inbox.conflict.held', { name });
  } else {
    now = t('inbox.conflict.open');
  }
  return detail.includes(now) ? detail : `${detail} ${now}`.trim();
}

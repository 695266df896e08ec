import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { isApiError } from '@/shared/api/problem';
import { showProblemOnForm } from '@/shared/forms/show-problem';

/** The server's field errors under their fields; whatever fits none, with the problem's detail, as one line. */
export function problemText(form: FormInstance, error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('penalty.form.failed');
  const unmatched = showProblemOnForm(form, error.problem);
  return [error.problem.detail, ...unmatched.map((e) => e.message)].filter(Boolean).join(' ');
}

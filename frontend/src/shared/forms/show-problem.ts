import type { FormInstance } from 'antd';
import { matchFieldErrors, type FieldError, type Problem } from '@/shared/api/problem';

/** Puts the server's field errors under the fields they are about; returns those that fit none. */
export function showProblemOnForm(form: FormInstance, problem: Problem): FieldError[] {
  const names = form.getFieldsError().map((field) => field.name);
  const { fields, unmatched } = matchFieldErrors(problem.errors ?? [], names);
  form.setFields(fields);
  if (fields.length > 0) form.scrollToField(fields[0].name, { block: 'center' });
  return unmatched;
}

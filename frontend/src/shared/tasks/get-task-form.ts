import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';

/** A condition on another field of the form: it holds when that field has one of the values. */
export type Condition = { field: string; is: string[] };

/** One field of a step's form, as the server's StepDescription says it (see StepDescriber). */
export type FieldDescription = {
  name: string;
  kind:
    | 'TEXT'
    | 'TEXTAREA'
    | 'DATE'
    | 'DATETIME'
    | 'RADIO'
    | 'SELECT'
    | 'CHECKBOXES'
    | 'MULTISELECT'
    | 'SWITCH'
    | 'INTEGER'
    | 'MONEY'
    | 'LINES'
    | 'LIST'
    | 'GROUP';
  label: string;
  hint?: string | null;
  required: boolean;
  shownWhen: Condition[];
  requiredWhen?: Condition | null;
  maxLength?: number | null;
  min?: number | null;
  max?: number | null;
  notBefore?: string | null;
  notAfter?: string | null;
  choices?: { value: string; label: string }[] | null;
  fields?: FieldDescription[] | null;
  addLabel?: string | null;
  /** `{index}` stands for the entry's number */
  removeLabel?: string | null;
};

/** What a task's form shows, in the caller's language. */
export type StepDescription = {
  formKey: string;
  intro?: string | null;
  submitLabel: string;
  fields: FieldDescription[];
  initialValues?: Record<string, unknown> | null;
};

export const taskFormQuery = (taskId: string) =>
  queryOptions({
    queryKey: ['inbox', 'tasks', taskId, 'form'],
    queryFn: () => api.get<StepDescription>(`/api/inbox/tasks/${encodeURIComponent(taskId)}/form`),
    // choices and date bounds may follow the case: read again when the task is opened again
    staleTime: 0,
  });

export function useTaskForm(taskId: string) {
  return useQuery(taskFormQuery(taskId));
}

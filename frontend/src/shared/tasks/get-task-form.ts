import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { ApiSchema } from '@/shared/api/api-schema';

/** What a task's form shows, in the caller's language (the server's StepDescriber). */
export type StepDescription = ApiSchema<'StepDescription'>;
export type FieldDescription = ApiSchema<'StepDescription.FieldDescription'>;
/** A condition on another field of the form: it holds when that field has one of the values. */
export type Condition = ApiSchema<'StepDescription.Condition'>;

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

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { ApiSchema } from '@/shared/api/api-schema';

export type HandOverKind = 'delegate' | 'transfer';
export type HandOver = ApiSchema<'TaskActions.HandOver'> & { taskId: string; kind: HandOverKind };

/** 委派 (delegate) or 转办 (transfer) one task to a colleague, with the reason for the record. */
export function handOver({ taskId, kind, assignee, reason }: HandOver): Promise<void> {
  return api.post(`/api/inbox/tasks/${encodeURIComponent(taskId)}/${kind}`, { assignee, reason });
}

/** The delegate hands a delegated task back to its owner. */
export function returnTask({ taskId, note }: ApiSchema<'InboxController.Note'> & { taskId: string }): Promise<void> {
  return api.post(`/api/inbox/tasks/${encodeURIComponent(taskId)}/return`, { note });
}

export type Reassignment = ApiSchema<'InboxController.Reassignment'>;

/** A supervisor hands several tasks to one colleague; all of them or none. */
export function reassignTasks(reassignment: Reassignment): Promise<void> {
  return api.post('/api/inbox/tasks/bulk-reassign', reassignment);
}

/** A supervisor claims several unclaimed tasks; all of them or none. */
export function claimTasks(taskIds: string[]): Promise<void> {
  return api.post('/api/inbox/tasks/bulk-claim', { taskIds });
}

function useRefreshingMutation<T>(mutationFn: (value: T) => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['inbox'] }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
        queryClient.invalidateQueries({ queryKey: ['sla'] }),
      ]),
  });
}

export const useHandOver = () => useRefreshingMutation(handOver);
export const useReturnTask = () => useRefreshingMutation(returnTask);
export const useReassignTasks = () => useRefreshingMutation(reassignTasks);
export const useClaimTasks = () => useRefreshingMutation(claimTasks);

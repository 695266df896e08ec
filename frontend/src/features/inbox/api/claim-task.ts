import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';

export function claimTask(taskId: string): Promise<void> {
  return api.post(`/api/inbox/tasks/${encodeURIComponent(taskId)}/claim`);
}

export function useClaimTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: claimTask,
    // On a 409 someone else was quicker; refreshing shows who.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['inbox'] }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
      ]),
  });
}

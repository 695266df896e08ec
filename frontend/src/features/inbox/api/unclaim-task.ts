import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';

export function unclaimTask(taskId: string): Promise<void> {
  return api.post(`/api/inbox/tasks/${encodeURIComponent(taskId)}/unclaim`);
}

export function useUnclaimTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unclaimTask,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['inbox'] }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
      ]),
  });
}

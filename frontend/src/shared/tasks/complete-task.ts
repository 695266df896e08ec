import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
/** The values' shape is the task form's own (see the server's TaskForm for the form key). */
export type TaskCompletion = { taskId: string; values: object };

export function completeTask({ taskId, values }: TaskCompletion): Promise<void> {
  return api.post(`/api/inbox/tasks/${encodeURIComponent(taskId)}/complete`, values);
}

export function useCompleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeTask,
    // Not awaited: the refetched case has no open task any more, which unmounts the form, and
    // the caller's own onSuccess (leaving the page) only runs while the form is still mounted.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

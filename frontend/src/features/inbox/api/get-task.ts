import { useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { TaskState } from '../types';

/** One open task as it stands, with what the caller may do with it. */
export function getTask(taskId: string): Promise<TaskState> {
  return api.get(`/api/inbox/tasks/${encodeURIComponent(taskId)}`);
}

export function useTask(taskId: string | undefined) {
  return useQuery({
    queryKey: ['inbox', 'task', taskId],
    queryFn: () => getTask(taskId!),
    enabled: !!taskId,
  });
}

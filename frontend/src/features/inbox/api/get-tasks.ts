import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { InboxTask, InboxView } from '../types';

type TaskQuery = { view: InboxView; page: number; size: number };

export function getTasks({ view, page, size }: TaskQuery): Promise<{ items: InboxTask[]; total: number }> {
  return api.get('/api/inbox/tasks', { params: { view, page, size } });
}

export function tasksQueryOptions(query: TaskQuery) {
  return queryOptions({
    queryKey: ['inbox', 'tasks', query],
    queryFn: () => getTasks(query),
    placeholderData: keepPreviousData,
    // Colleagues claim and finish tasks all day; keep the list close to the truth.
    refetchInterval: 15_000,
  });
}

export function useTasks(query: TaskQuery) {
  return useQuery(tasksQueryOptions(query));
}

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import { criteriaToParams } from '../lib/criteria';
import type { InboxCriteria, TaskPage } from '../types';

type TaskQuery = { criteria: InboxCriteria; page: number; size: number };

/** How often the list asks again; an unchanged page comes back as a bodiless 304 (ETag). */
export const REFRESH_MS = 15_000;

export function getTasks({ criteria, page, size }: TaskQuery): Promise<TaskPage> {
  return api.get('/api/inbox/tasks', { params: { ...criteriaToParams(criteria), page, size } });
}

export function tasksQueryOptions(query: TaskQuery) {
  return queryOptions({
    queryKey: ['inbox', 'tasks', query],
    queryFn: () => getTasks(query),
    placeholderData: keepPreviousData,
    // Colleagues claim and finish tasks all day; keep the list close to the truth.
    refetchInterval: REFRESH_MS,
    refetchOnWindowFocus: true,
  });
}

export function useTasks(query: TaskQuery) {
  return useQuery(tasksQueryOptions(query));
}

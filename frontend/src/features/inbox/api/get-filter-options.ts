import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { FilterOptions } from '../types';

export function getFilterOptions(): Promise<FilterOptions> {
  return api.get('/api/inbox/filter-options');
}

export function filterOptionsQueryOptions() {
  return queryOptions({ queryKey: ['inbox', 'filter-options'], queryFn: getFilterOptions, staleTime: 10 * 60_000 });
}

export function useFilterOptions() {
  return useQuery(filterOptionsQueryOptions());
}

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { ApiSchema } from '@/shared/api/api-schema';
import type { SavedFilter } from '../types';

export type FilterDraft = ApiSchema<'SavedFilters.FilterDraft'>;

const KEY = ['inbox', 'saved-filters'] as const;

export function getSavedFilters(): Promise<SavedFilter[]> {
  return api.get('/api/inbox/saved-filters');
}

export function savedFiltersQueryOptions() {
  return queryOptions({ queryKey: KEY, queryFn: getSavedFilters });
}

export function useSavedFilters() {
  return useQuery(savedFiltersQueryOptions());
}

export function useSaveFilter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: FilterDraft) => api.post<SavedFilter>('/api/inbox/saved-filters', draft),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useDeleteFilter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/inbox/saved-filters/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

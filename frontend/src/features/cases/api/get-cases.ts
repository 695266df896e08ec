import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { CasePage } from '../types';

type Paging = { page: number; size: number };

export function getCases({ page, size }: Paging): Promise<CasePage> {
  return api.get('/api/cases', { params: { page, size } });
}

export function casesQueryOptions(paging: Paging) {
  return queryOptions({
    queryKey: ['cases', 'list', paging],
    queryFn: () => getCases(paging),
    placeholderData: keepPreviousData,
  });
}

export function useCases(paging: Paging) {
  return useQuery(casesQueryOptions(paging));
}

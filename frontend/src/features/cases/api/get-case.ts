import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { CaseDetail } from '../types';

export function getCase(id: string): Promise<CaseDetail> {
  return api.get(`/api/cases/${encodeURIComponent(id)}`);
}

export function caseQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['cases', 'detail', id],
    queryFn: () => getCase(id),
  });
}

export function useCase(id: string) {
  return useQuery(caseQueryOptions(id));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { CaseDetail } from '../types';

/**
 * The case page. Other capabilities add their sections to it, which this feature does not know:
 * whoever composes the page names the whole type (`T`).
 */
export function getCase<T extends CaseDetail = CaseDetail>(id: string): Promise<T> {
  return api.get<T>(`/api/cases/${encodeURIComponent(id)}`);
}

export function caseQueryOptions<T extends CaseDetail = CaseDetail>(id: string) {
  return queryOptions({
    queryKey: ['cases', 'detail', id],
    queryFn: () => getCase<T>(id),
  });
}

export function useCase<T extends CaseDetail = CaseDetail>(id: string) {
  return useQuery(caseQueryOptions<T>(id));
}

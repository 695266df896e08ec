import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { CaseDiagram } from '../types';

export function getCaseDiagram(id: string): Promise<CaseDiagram> {
  return api.get(`/api/cases/${encodeURIComponent(id)}/diagram`);
}

export function caseDiagramQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['cases', 'diagram', id],
    queryFn: () => getCaseDiagram(id),
  });
}

export function useCaseDiagram(id: string) {
  return useQuery(caseDiagramQueryOptions(id));
}

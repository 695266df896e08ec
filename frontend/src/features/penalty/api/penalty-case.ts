import { useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { Clock, PenaltyView } from '../types';

/** The case page's answer, as the penalty feature reads it: its section and the clocks. */
export type PenaltyCaseDetail = {
  id: string;
  caseNumber: string;
  stage: string;
  caseType: string;
  penalty?: PenaltyView | null;
  clocks?: Clock[];
};

/** The same query as the case page (one cache entry), read for its penalty section. */
export function usePenaltyCase(caseId: string) {
  return useQuery({
    queryKey: ['cases', 'detail', caseId],
    queryFn: () => api.get<PenaltyCaseDetail>(`/api/cases/${encodeURIComponent(caseId)}`),
    enabled: !!caseId,
  });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { DiscretionLevel, NewPenaltyCase, Officer, PenaltySettings, Quote } from '../types';

export function useRegisterCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lead: NewPenaltyCase) => api.post<{ id: string; caseNumber: string }>('/api/penalty/cases', lead),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['penalty', 'reports'] });
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}

export function useOfficers() {
  return useQuery({
    queryKey: ['penalty', 'officers'],
    queryFn: () => api.get<Officer[]>('/api/penalty/officers'),
    staleTime: 5 * 60_000,
  });
}

export function usePenaltySettings() {
  return useQuery({
    queryKey: ['penalty', 'settings'],
    queryFn: () => api.get<PenaltySettings>('/api/penalty/settings'),
    staleTime: 5 * 60_000,
  });
}

/** The statutory ceiling and the band for a level, from the DMN tables, for the gains given. */
export function getQuote(illegalGains: string, level?: DiscretionLevel): Promise<Quote> {
  return api.get('/api/penalty/ceiling', { params: { illegalGains, discretionLevel: level } });
}

export function useQuote(illegalGains: string, level?: DiscretionLevel) {
  return useQuery({
    queryKey: ['penalty', 'ceiling', illegalGains, level ?? ''],
    queryFn: () => getQuote(illegalGains, level),
    placeholderData: keepPreviousData,
  });
}

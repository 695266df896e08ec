import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { ApiSchema } from '@/shared/api/api-schema';
import type { Substitution } from '../types';

export type NewSubstitution = ApiSchema<'Substitutions.NewSubstitution'>;

const KEY = ['inbox', 'substitutions'] as const;

export function getSubstitutions(): Promise<Substitution[]> {
  return api.get('/api/inbox/substitutions');
}

export function substitutionsQueryOptions() {
  return queryOptions({ queryKey: KEY, queryFn: getSubstitutions });
}

export function useSubstitutions() {
  return useQuery(substitutionsQueryOptions());
}

export function useNameSubstitute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: NewSubstitution) => api.post<Substitution>('/api/inbox/substitutions', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inbox'] }),
  });
}

export function useCancelSubstitute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.delete(`/api/inbox/substitutions/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inbox'] }),
  });
}

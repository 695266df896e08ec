import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { Colleague } from '../types';

export function getColleagues(officeId?: string): Promise<Colleague[]> {
  return api.get('/api/inbox/colleagues', { params: { officeId } });
}

export function colleaguesQueryOptions(officeId?: string) {
  return queryOptions({
    queryKey: ['inbox', 'colleagues', officeId ?? 'mine'],
    queryFn: () => getColleagues(officeId),
    staleTime: 5 * 60_000,
  });
}

export function useColleagues(officeId?: string, enabled = true) {
  return useQuery({ ...colleaguesQueryOptions(officeId), enabled });
}

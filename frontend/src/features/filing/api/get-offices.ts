import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { ApiSchema } from '@/shared/api/api-schema';

export type EnforcementOffice = ApiSchema<'Office'>;

export function getOffices(): Promise<EnforcementOffice[]> {
  return api.get('/api/offices');
}

export function officesQueryOptions() {
  return queryOptions({
    queryKey: ['offices'],
    queryFn: getOffices,
    staleTime: Infinity,
  });
}

export function useOffices() {
  return useQuery(officesQueryOptions());
}

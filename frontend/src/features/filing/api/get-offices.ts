import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';

export type EnforcementOffice = {
  id: string;
  nameZh: string;
  nameEn: string;
  level: 'MUNICIPAL' | 'DISTRICT';
};

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

import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
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

/** The offices as the choices of a select, named in the reader's language. */
export function useOfficeOptions() {
  const { i18n } = useTranslation();
  const offices = useOffices();
  const options = (offices.data ?? []).map((office) => ({
    value: office.id,
    label: i18n.language === 'en' ? office.nameEn : office.nameZh,
  }));
  return { options, loading: offices.isPending };
}

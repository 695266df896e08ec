import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '@/shared/api/api-client';
import type { Setting } from '../types';

export const getSettings = (): Promise<Setting[]> => api.get('/api/admin/settings');

/** The settings' words come from the server, in the reader's language. */
export function useSettings() {
  const { i18n } = useTranslation();
  return useQuery({ queryKey: ['admin', 'settings', i18n.language], queryFn: getSettings });
}

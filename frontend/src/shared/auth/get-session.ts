import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';

export type Role = 'COMPLAINANT' | 'RESPONDENT' | 'OFFICER' | 'SUPERVISOR' | 'ADMIN';

export type Office = { id: string; nameZh: string; nameEn: string };

export type User = {
  username: string;
  displayName: string;
  roles: Role[];
  office?: Office;
};

export type Session = { authenticated: boolean; user?: User };

export const sessionQueryKey = ['session'] as const;

export function getSession(): Promise<Session> {
  return api.get<Session>('/api/session');
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: sessionQueryKey,
    queryFn: getSession,
    staleTime: 5 * 60 * 1000,
  });
}

export function useSession() {
  return useQuery(sessionQueryOptions());
}

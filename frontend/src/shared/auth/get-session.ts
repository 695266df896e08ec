import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { ApiSchema } from '@/shared/api/api-schema';

export type Session = ApiSchema<'SessionController.SessionView'>;
export type User = ApiSchema<'SessionController.UserView'>;
export type Role = User['roles'][number];
export type Office = ApiSchema<'Office'>;

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

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import { sessionQueryKey, type Session } from './get-session';

export type Credentials = { username: string; password: string };

export function login({ username, password }: Credentials): Promise<Session> {
  return api.post<Session>('/api/session/login', new URLSearchParams({ username, password }));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      // Another user's data must never show through from the cache.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}

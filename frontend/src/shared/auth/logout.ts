import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import { sessionQueryKey, type Session } from './get-session';

export function logout(): Promise<void> {
  return api.post('/api/session/logout');
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData<Session>(sessionQueryKey, { authenticated: false });
    },
  });
}

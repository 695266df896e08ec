import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { ApiSchema } from '@/shared/api/api-schema';

export type Account = ApiSchema<'UserAdministration.UserSummary'>;
export type NewAccount = ApiSchema<'UserAdministration.NewUser'>;
export type RoleChange = ApiSchema<'UserAdministration.RoleChange'>;
export type PasswordChange = ApiSchema<'OwnPassword.PasswordChange'>;
export type LockedAddress = ApiSchema<'SignInThrottle.LockedAddress'>;

const ACCOUNTS = ['admin', 'users'] as const;

const path = (username: string, action: string) => `/api/admin/users/${encodeURIComponent(username)}/${action}`;

export function useAccounts() {
  return useQuery({ queryKey: ACCOUNTS, queryFn: () => api.get<Account[]>('/api/admin/users') });
}

function useAccountChange<T>(send: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ACCOUNTS }),
  });
}

export const useCreateAccount = () =>
  useAccountChange((account: NewAccount) => api.post<Account>('/api/admin/users', account));

export const useDisableAccount = () =>
  useAccountChange(({ username, handOverTo }: { username: string; handOverTo?: string }) =>
    api.post<Account>(path(username, 'disable'), handOverTo ? { handOverTo } : {}),
  );

export const useEnableAccount = () =>
  useAccountChange((username: string) => api.post<Account>(path(username, 'enable')));

export const useUnlockAccount = () =>
  useAccountChange((username: string) => api.post<Account>(path(username, 'unlock')));

export const useResetPassword = () =>
  useAccountChange(({ username, password }: { username: string; password: string }) =>
    api.post<Account>(path(username, 'password'), { password }),
  );

export const useChangeRoles = () =>
  useAccountChange(({ username, change }: { username: string; change: RoleChange }) =>
    api.put<Account>(path(username, 'roles'), change),
  );

const LOCKED_ADDRESSES = ['admin', 'locked-addresses'] as const;

/** The source addresses locked out for guessing (a government network's gateway, say). */
export function useLockedAddresses() {
  return useQuery({
    queryKey: LOCKED_ADDRESSES,
    queryFn: () => api.get<LockedAddress[]>('/api/admin/locked-addresses'),
  });
}

export function useUnlockAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (address: string) => api.post('/api/admin/locked-addresses/unlock', { address }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: LOCKED_ADDRESSES }),
  });
}

/** The signed-in person sets their own password; the session then carries on. */
export function useChangeOwnPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: PasswordChange) => api.post('/api/session/password', change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['session'] }),
  });
}

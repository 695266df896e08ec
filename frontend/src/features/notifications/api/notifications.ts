import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { ApiSchema } from '@/shared/api/api-schema';

export type Notice = ApiSchema<'Notifications.Notification'>;
export type NoticeList = ApiSchema<'Notifications.Inbox'>;

const KEY = ['notifications'] as const;

export const getNotifications = (): Promise<NoticeList> => api.get('/api/notifications', { params: { size: 20 } });

export function notificationsQueryOptions() {
  // New notices arrive as colleagues and the office act; a minute is soon enough to notice them.
  return queryOptions({ queryKey: KEY, queryFn: getNotifications, refetchInterval: 60_000 });
}

export function useNotifications(enabled: boolean) {
  return useQuery({ ...notificationsQueryOptions(), enabled });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post(`/api/notifications/${id}/read`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/notifications/read-all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

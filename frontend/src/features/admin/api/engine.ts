import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { EngineHealth } from '../types';

export const getEngineHealth = (): Promise<EngineHealth> => api.get('/api/admin/engine/health');

export const useEngineHealth = () =>
  useQuery({ queryKey: ['admin', 'engine'], queryFn: getEngineHealth, refetchInterval: 30_000 });

export const retryJob = (jobId: string): Promise<void> => api.post(`/api/admin/engine/failed-jobs/${jobId}/retry`);

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryJob,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'engine'] }),
  });
}

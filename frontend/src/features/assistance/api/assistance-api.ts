import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { AssistanceRequest, PoolMember } from '../types';

const MINE = ['assistance', 'mine'] as const;
const POOL = ['assistance', 'pool'] as const;

export function useMyAssistanceRequests() {
  return useQuery({ queryKey: MINE, queryFn: () => api.get<AssistanceRequest[]>('/api/assistance/mine') });
}

export function usePool() {
  return useQuery({ queryKey: POOL, queryFn: () => api.get<PoolMember[]>('/api/admin/assistance-pool') });
}

export type PoolMemberInput = Omit<PoolMember, 'id' | 'active'> & { active?: boolean };

export function useSavePoolMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, member }: { id?: number; member: PoolMemberInput }) =>
      id === undefined
        ? api.post<PoolMember>('/api/admin/assistance-pool', member)
        : api.put<PoolMember>(`/api/admin/assistance-pool/${id}`, member),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: POOL }),
  });
}

export function useDeactivatePoolMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.delete(`/api/admin/assistance-pool/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: POOL }),
  });
}

function useApplicantStep<T>(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, body }: { caseId: string; body: T }) =>
      api.post(`/api/cases/${encodeURIComponent(caseId)}/assistance/${path}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MINE }),
  });
}

export const useAppeal = () => useApplicantStep<{ grounds: string }>('appeal');
export const useFeedback = () => useApplicantStep<{ rating: number; comment?: string }>('feedback');

export function useSupplement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, files }: { caseId: string; files: File[] }) => {
      const body = new FormData();
      files.forEach((file) => body.append('files', file, file.name));
      return api.post(`/api/cases/${encodeURIComponent(caseId)}/assistance/supplement`, body);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MINE }),
  });
}

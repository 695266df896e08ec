import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';

export function objectToInjunction({ caseId, grounds }: { caseId: string; grounds: string }): Promise<void> {
  return api.post(`/api/cases/${encodeURIComponent(caseId)}/injunction/objection`, { grounds });
}

export function useObjectToInjunction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: objectToInjunction,
    onSuccess: (_, { caseId }) => queryClient.invalidateQueries({ queryKey: ['cases', 'detail', caseId] }),
  });
}

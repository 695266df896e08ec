import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';

export type Supplement = { caseId: string; note: string; files: File[] };

export function submitSupplement({ caseId, note, files }: Supplement): Promise<void> {
  const body = new FormData();
  body.append('note', note);
  files.forEach((file) => body.append('files', file, file.name));
  return api.post(`/api/cases/${encodeURIComponent(caseId)}/supplements`, body);
}

export function useSubmitSupplement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitSupplement,
    onSuccess: (_, { caseId }) => queryClient.invalidateQueries({ queryKey: ['cases', 'detail', caseId] }),
  });
}

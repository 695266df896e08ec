import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fileRequest } from '@/shared/api/file-request';
import type { ApiSchema } from '@/shared/api/api-schema';

export type AssistanceApplication = ApiSchema<'Assistances.Application'>;

/** The application and the applicant's papers (identity, the matter's documents). */
export function applyForAssistance({ application, files }: { application: AssistanceApplication; files: File[] }) {
  return fileRequest('/api/cases/assistance-requests', { application }, { files });
}

export function useApplyForAssistance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyForAssistance,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['assistance', 'mine'] }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fileRequest } from '@/shared/api/file-request';
import type { ApiSchema } from '@/shared/api/api-schema';

export type InjunctionApplication = ApiSchema<'Injunctions.Application'>;

/** The application, its evidence and, for a utility model or design, the patent evaluation report. */
export function applyForInjunction({
  application,
  evidence,
  evaluationReport,
}: {
  application: InjunctionApplication;
  evidence: File[];
  evaluationReport?: File;
}) {
  return fileRequest('/api/cases/preliminary-injunctions', { application }, { evidence, evaluationReport });
}

export function useApplyForInjunction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyForInjunction,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}

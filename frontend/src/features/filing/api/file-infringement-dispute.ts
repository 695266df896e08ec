import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { ApiSchema } from '@/shared/api/api-schema';

export type InfringementDisputeFiling = ApiSchema<'InfringementFiling'>;
export type PartyKind = InfringementDisputeFiling['requester']['kind'];
export type FiledCase = ApiSchema<'CaseFiling.FiledCase'>;

export function fileInfringementDispute({
  filing,
  evidence,
}: {
  filing: InfringementDisputeFiling;
  evidence: File[];
}): Promise<FiledCase> {
  const body = new FormData();
  body.append('filing', new Blob([JSON.stringify(filing)], { type: 'application/json' }));
  evidence.forEach((file) => body.append('evidence', file, file.name));
  return api.post<FiledCase>('/api/cases/infringement-disputes', body);
}

export function useFileInfringementDispute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fileInfringementDispute,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { ApiSchema } from '@/shared/api/api-schema';

/**
 * A service to record: `servedOn` is the day on the receipt, or for a public notice the day of
 * publication; `partyRole` the party served, for a document addressed to all parties.
 */
export type ServiceEntry = ApiSchema<'OfficialDocumentController.ServiceForm'> & { caseId: string; documentId: string };

export function recordService({ caseId, documentId, ...values }: ServiceEntry): Promise<void> {
  return api.post(
    `/api/cases/${encodeURIComponent(caseId)}/official-documents/${encodeURIComponent(documentId)}/services`,
    values,
  );
}

export function useRecordService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordService,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}

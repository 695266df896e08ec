import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { ServiceMethod } from '../types';

export type ServiceEntry = {
  caseId: string;
  documentId: string;
  method: ServiceMethod;
  /** The day on the receipt; for a public notice, the day of publication. */
  servedOn: string;
  receiptRef?: string;
  /** The party served, for a document addressed to all parties. */
  partyRole?: string;
};

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

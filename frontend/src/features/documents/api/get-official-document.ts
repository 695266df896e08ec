import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';

export function officialDocumentUrl(caseId: string, documentId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/official-documents/${encodeURIComponent(documentId)}/content`;
}

export type DocumentRef = { caseId: string; documentId: string };

export function getOfficialDocument({ caseId, documentId }: DocumentRef): Promise<Blob> {
  return api.getBlob(officialDocumentUrl(caseId, documentId));
}

/**
 * Opening a document is an act, not only a read: the addressee's first opening of a document
 * served electronically is its service, so the case is fetched again afterwards.
 */
export function useOpenOfficialDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: getOfficialDocument,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}

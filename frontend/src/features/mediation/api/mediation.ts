import { useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { ApiSchema } from '@/shared/api/api-schema';
import { fileRequest } from '@/shared/api/file-request';

const casePath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

/** Mediation inside an adjudication case (Order 81 art. 35; Patent Law art. 65). */
export function requestMediation(caseId: string, request: string): Promise<void> {
  return api.post(`${casePath(caseId)}/mediation-requests`, { request });
}

/** The other side's statement of opinion (art. 65). */
export function stateOpinion(caseId: string, consents: boolean, opinion?: string): Promise<void> {
  return api.post(`${casePath(caseId)}/mediation/opinion`, { consents, opinion });
}

export type StandaloneRequest = ApiSchema<'Mediations.StandaloneRequest'>;

/** A mediation of its own (art. 63–64): the request and its documents in one multipart request. */
export function fileMediation(request: StandaloneRequest, files: File[]) {
  return fileRequest('/api/cases/mediation-requests', { request }, { files });
}

/** After a party's step: the case page and the inbox read again. */
export function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['cases'] });
    void queryClient.invalidateQueries({ queryKey: ['inbox'] });
  };
}

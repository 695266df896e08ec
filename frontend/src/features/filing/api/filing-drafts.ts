import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { ApiSchema } from '@/shared/api/api-schema';
import { uploadWithProgress } from '@/shared/api/upload';
import type { FiledCase, InfringementDisputeFiling } from './file-infringement-dispute';

/** What a draft holds: the request as typed so far, in the request's own shape. */
export type DraftContent = Partial<Omit<InfringementDisputeFiling, 'requester' | 'respondent' | 'patent'>> & {
  requester?: Partial<InfringementDisputeFiling['requester']>;
  respondent?: Partial<InfringementDisputeFiling['respondent']>;
  patent?: Partial<InfringementDisputeFiling['patent']>;
};

export type DraftFile = ApiSchema<'FilingDrafts.DraftFileInfo'>;
/** The server keeps a draft's content as the JSON it was given, so its shape is the front end's. */
export type Draft = Omit<ApiSchema<'FilingDrafts.Draft'>, 'content'> & { content: DraftContent };
export type DraftSummary = ApiSchema<'FilingDrafts.DraftSummary'>;

const KEY = ['filing-drafts'] as const;
const path = (id: string) => `/api/filing-drafts/${encodeURIComponent(id)}`;

export const getDrafts = (): Promise<DraftSummary[]> => api.get('/api/filing-drafts');
export const getDraft = (id: string): Promise<Draft> => api.get(path(id));
export const createDraft = (content: DraftContent): Promise<Draft> => api.post('/api/filing-drafts', content);
export const saveDraft = ({ id, content }: { id: string; content: DraftContent }): Promise<Draft> =>
  api.put(path(id), content);
export const deleteDraft = (id: string): Promise<void> => api.delete(path(id));
export const fileDraft = (id: string): Promise<FiledCase> => api.post(`${path(id)}/file`);
export const deleteDraftFile = ({ id, fileId }: { id: string; fileId: string }): Promise<void> =>
  api.delete(`${path(id)}/files/${encodeURIComponent(fileId)}`);

/** One evidence file to the draft, with its progress in per cent. */
export function uploadDraftFile(id: string, file: File, onProgress: (percent: number) => void): Promise<DraftFile> {
  return uploadWithProgress<DraftFile>(`${path(id)}/files`, 'file', file, onProgress);
}

export function draftsQueryOptions() {
  // always fresh on the portal: the wizard saves drafts as the user types, moments before they
  // come back to the list
  return queryOptions({ queryKey: KEY, queryFn: getDrafts, staleTime: 0 });
}

export function useDrafts() {
  return useQuery(draftsQueryOptions());
}

export function useDraft(id: string | undefined) {
  return useQuery({ queryKey: [...KEY, id], queryFn: () => getDraft(id!), enabled: !!id, staleTime: Infinity });
}

export function useDeleteDraft() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteDraft, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

export function useFileDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fileDraft,
    // The list of drafts only: refetching the filed draft itself would answer 404 and take the
    // wizard away before it could lead on to the new case.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
        queryClient.invalidateQueries({ queryKey: KEY, exact: true }),
      ]),
  });
}

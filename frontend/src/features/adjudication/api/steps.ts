import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';

const casePath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

/** A step a party or the panel takes outside the inbox (see AdjudicationController). */
export function postStep(caseId: string, step: string, body: unknown): Promise<void> {
  return api.post(`${casePath(caseId)}/${step}`, body);
}

function multipart(parts: Record<string, string | undefined>, files: File[]): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(parts)) {
    if (value !== undefined) body.append(name, value);
  }
  files.forEach((file) => body.append('files', file, file.name));
  return body;
}

/** The respondent's answer with its evidence (Order 81 art. 22). */
export function fileAnswer(caseId: string, answer: string, files: File[]): Promise<void> {
  return api.post(`${casePath(caseId)}/answer`, multipart({ answer }, files));
}

/** CNIPA's evaluation report, filed by the requester (Patent Law art. 66). */
export function fileEvaluationReport(caseId: string, files: File[]): Promise<void> {
  return api.post(`${casePath(caseId)}/evaluation-report`, multipart({}, files));
}

/** After any step the case page and the inbox read again. */
export function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['cases'] });
    void queryClient.invalidateQueries({ queryKey: ['inbox'] });
  };
}

export type HearingRooms = { rooms: { id: string; nameZh: string; nameEn: string }[]; online: boolean };

/** The hearing rooms of the settings, to name the room a hearing is held in. */
export function useHearingRooms() {
  return useQuery(
    queryOptions({
      queryKey: ['adjudication', 'hearing-rooms'],
      queryFn: () => api.get<HearingRooms>('/api/adjudication/hearing-rooms'),
      staleTime: Infinity,
    }),
  );
}

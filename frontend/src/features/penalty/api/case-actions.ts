import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';

/**
 * What officers record on a penalty case outside its tasks, each one endpoint under
 * /api/penalty/cases/{id}/…; every success refreshes the case page and the inbox.
 */
export type CaseAction =
  | { type: 'measure'; measure: object; files: File[] }
  | { type: 'gain'; gain: object }
  | { type: 'removeGain'; gainId: number }
  | { type: 'seizure'; request: object }
  | { type: 'testing'; seq: number; starts: boolean; reason?: string }
  | { type: 'seizureExtension'; seq: number; reasons: string }
  | { type: 'release'; seq: number; releasedOn: string; reasons?: string }
  | { type: 'exclude'; reason: string }
  | { type: 'endExcluded' }
  | { type: 'response'; response: object }
  | { type: 'payment'; payment: object }
  | { type: 'arrangement'; request: object }
  | { type: 'challenge'; challenge: object }
  | { type: 'challengeDecided'; challengeId: number; decision: object };

export function runCaseAction(caseId: string, action: CaseAction): Promise<unknown> {
  const base = `/api/penalty/cases/${encodeURIComponent(caseId)}`;
  switch (action.type) {
    case 'measure': {
      const form = new FormData();
      form.append('measure', new Blob([JSON.stringify(action.measure)], { type: 'application/json' }));
      action.files.forEach((file) => form.append('files', file));
      return api.post(`${base}/measures`, form);
    }
    case 'gain':
      return api.post(`${base}/gains`, action.gain);
    case 'removeGain':
      return api.delete(`${base}/gains/${action.gainId}`);
    case 'seizure':
      return api.post(`${base}/seizures`, action.request);
    case 'testing':
      return api.post(`${base}/seizures/${action.seq}/testing`, { starts: action.starts, reason: action.reason });
    case 'seizureExtension':
      return api.post(`${base}/seizures/${action.seq}/extension-request`, { reasons: action.reasons });
    case 'release':
      return api.post(`${base}/seizures/${action.seq}/release`, {
        releasedOn: action.releasedOn,
        reasons: action.reasons,
      });
    case 'exclude':
      return api.post(`${base}/excluded-periods`, { reason: action.reason });
    case 'endExcluded':
      return api.post(`${base}/excluded-periods/end`);
    case 'response':
      return api.post(`${base}/responses`, action.response);
    case 'payment':
      return api.post(`${base}/payments`, action.payment);
    case 'arrangement':
      return api.post(`${base}/payment-arrangements`, action.request);
    case 'challenge':
      return api.post(`${base}/challenges`, action.challenge);
    case 'challengeDecided':
      return api.post(`${base}/challenges/${action.challengeId}/decision`, action.decision);
  }
}

export function useCaseAction(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: CaseAction) => runCaseAction(caseId, action),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fileRequest } from '@/shared/api/file-request';
import type { Party } from '@/shared/forms/party-fields';
import type { Patent } from '@/shared/forms/patent-fields';

export type InjunctionApplication = {
  officeId: string;
  requester: Party;
  respondent: Party;
  patent: Patent;
  actsToStop: string;
  facts: string;
  urgency: 'TRADE_FAIR' | 'ONLINE_CAMPAIGN' | 'OTHER';
  urgencyDetails?: string;
  platformName?: string;
  listingUrl?: string;
  adjudicationCaseId?: string;
};

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

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { PatentType } from '@/shared/validation/patent-number';

export type FiledCase = { id: string; caseNumber: string };

type Party = {
  kind: 'PERSON' | 'ORGANISATION';
  name: string;
  idNumber?: string;
  address: string;
  contact?: string;
  domicileInChina?: boolean;
};

export type InjunctionApplication = {
  officeId: string;
  requester: Party;
  respondent: Party;
  patent: { number: string; type: PatentType; title: string };
  actsToStop: string;
  facts: string;
  urgency: 'TRADE_FAIR' | 'ONLINE_CAMPAIGN' | 'OTHER';
  urgencyDetails?: string;
  platformName?: string;
  listingUrl?: string;
  adjudicationCaseId?: string;
};

export function applyForInjunction({
  application,
  evidence,
  evaluationReport,
}: {
  application: InjunctionApplication;
  evidence: File[];
  evaluationReport?: File;
}): Promise<FiledCase> {
  const body = new FormData();
  body.append('application', new Blob([JSON.stringify(application)], { type: 'application/json' }));
  evidence.forEach((file) => body.append('evidence', file, file.name));
  if (evaluationReport) body.append('evaluationReport', evaluationReport, evaluationReport.name);
  return api.post<FiledCase>('/api/cases/preliminary-injunctions', body);
}

export function useApplyForInjunction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyForInjunction,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}

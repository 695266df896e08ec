import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { PatentType } from '@/shared/validation/patent-number';

export type PartyKind = 'PERSON' | 'ORGANISATION';

export type InfringementDisputeFiling = {
  officeId: string;
  requester: { kind: PartyKind; name: string; idNumber: string; address: string; contact: string };
  respondent: {
    kind: PartyKind;
    name: string;
    idNumber?: string;
    address: string;
    contact?: string;
    domicileInChina: boolean;
  };
  patent: { number: string; type: PatentType; title: string };
  claims: number[];
  factsAndReasons: string;
  requestedMeasures: string;
};

export type FiledCase = { id: string; caseNumber: string };

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

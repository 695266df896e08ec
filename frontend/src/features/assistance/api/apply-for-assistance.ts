import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api-client';
import type { PatentType } from '@/shared/validation/patent-number';
import type { HelpKind, TechnicalField } from '../types';

export type FiledCase = { id: string; caseNumber: string };

type Party = {
  kind: 'PERSON' | 'ORGANISATION';
  name: string;
  idNumber?: string;
  address: string;
  contact?: string;
  domicileInChina?: boolean;
};

export type AssistanceApplication = {
  officeId: string;
  applicant: Party;
  otherSide: Party;
  patent: { number: string; type: PatentType; title: string };
  smallOrMicroFirm: boolean;
  field: TechnicalField;
  matter: string;
  helpWanted: HelpKind[];
};

export function applyForAssistance({
  application,
  files,
}: {
  application: AssistanceApplication;
  files: File[];
}): Promise<FiledCase> {
  const body = new FormData();
  body.append('application', new Blob([JSON.stringify(application)], { type: 'application/json' }));
  files.forEach((file) => body.append('files', file, file.name));
  return api.post<FiledCase>('/api/cases/assistance-requests', body);
}

export function useApplyForAssistance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyForAssistance,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['assistance', 'mine'] }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fileRequest } from '@/shared/api/file-request';
import type { Party } from '@/shared/forms/party-fields';
import type { Patent } from '@/shared/forms/patent-fields';
import type { HelpKind, TechnicalField } from '../types';

export type AssistanceApplication = {
  officeId: string;
  applicant: Party;
  otherSide: Party;
  patent: Patent;
  smallOrMicroFirm: boolean;
  field: TechnicalField;
  matter: string;
  helpWanted: HelpKind[];
};

/** The application and the applicant's papers (identity, the matter's documents). */
export function applyForAssistance({ application, files }: { application: AssistanceApplication; files: File[] }) {
  return fileRequest('/api/cases/assistance-requests', { application }, { files });
}

export function useApplyForAssistance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyForAssistance,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['assistance', 'mine'] }),
  });
}

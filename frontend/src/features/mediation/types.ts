/** The case page's mediation (the server's MediationSection). */
export type MediationView = {
  mediation?: {
    inCase: boolean;
    subject: string;
    requesterRole: string;
    requestedAt: string;
    request: string;
    notifiedAt?: string | null;
    opinion?: string | null;
    opinionText?: string | null;
    sessionStartsAt?: string | null;
    sessionPlace?: string | null;
    helpers?: string | null;
    outcome?: string | null;
    agreementTerms?: string | null;
    paymentAmount?: number | string | null;
    enforcementCommitment?: boolean | null;
    closedAt?: string | null;
  } | null;
  opinionDueOn?: string | null;
  notarisationRoute: boolean;
  judicialConfirmationAvailable: boolean;
  steps: string[];
};

/** The body of the acceptance review's completion (form key "acceptance-review"). */
export type AcceptanceDecision =
  | {
      decision: 'ACCEPT';
      reasons?: string;
      panelMembers: string[];
      leadOfficer?: string;
      admissibility: Admissibility;
      repeatInfringement: boolean;
      earlierDecision?: string;
    }
  | { decision: 'REFUSE'; reasons: string }
  | { decision: 'SUPPLEMENT'; reasons?: string; missingItems: string[]; supplementDueDate: string };

export type Admissibility = {
  standing: boolean;
  definiteRespondent: boolean;
  definiteClaims: boolean;
  withinJurisdiction: boolean;
  noSuitOrOtherAgreement: boolean;
  infringementKnownOn: string;
  continuingInfringement: boolean;
};

export type Period = { lastDay: string; state: 'RUNNING' | 'PAUSED' | 'STOPPED'; pausedDays: number };

/** An adjudication's parts of the case page (the `*Sections` of the server's adjudication packages). */
export type AdjudicationView = {
  id: string;
  stage: string;
  caseType: string;
  panel?: { username: string; displayName: string; lead: boolean }[] | null;
  answer?: { period: Period; filedAt?: string | null; answer?: string | null; forwardedAt?: string | null } | null;
  jurisdictionObjections?:
    | {
        raisedAt: string;
        grounds: string;
        decision?: string | null;
        transferTo?: string | null;
        reasons?: string | null;
      }[]
    | null;
  recusals?: { requestedAt: string; officer: string; decision?: string | null; replacement?: string | null }[] | null;
  evidence?: {
    period: Period;
    measures: string[];
    evaluationReportRequired: boolean;
    evaluationReportConclusion?: string | null;
    evaluationReportProvided?: boolean | null;
    investigations: {
      measure: string;
      carriedOutOn: string;
      place: string;
      findings: string;
      signedByParties: boolean;
      refusalNote?: string | null;
    }[];
  } | null;
  hearing?: {
    room: string;
    startsAt: string;
    publicHearing: boolean;
    status: string;
    requesterPresent?: boolean | null;
    respondentPresent?: boolean | null;
    minutes?: string | null;
  } | null;
  suspension?: {
    ground: string;
    details: string;
    decision?: string | null;
    refusalGround?: string | null;
    reasons?: string | null;
    resumedAt?: string | null;
    active: boolean;
  } | null;
  withdrawal?: { ground: string; details: string; decision?: string | null; reasons?: string | null } | null;
  casePeriod?: {
    period: Period;
    extensions: { level: string; months: number; approver: string; approvalRef?: string | null; decidedAt: string }[];
    extensionPending: boolean;
  } | null;
  decision?: {
    outcome: string;
    stopMeasures: string[];
    stopScope?: string | null;
    reasoning: string;
    priorArtDefence: string;
    decidedInAbsence: boolean;
    dissent?: string | null;
    seriousDishonesty: boolean;
    approval?: string | null;
    approvalComments?: string | null;
    approvedAt?: string | null;
    servedOn?: string | null;
    publishedOn?: string | null;
    publicationUrl?: string | null;
  } | null;
  appealWindow?: { period: Period; lawsuits: { partyRole: string; court: string; filedOn: string }[] } | null;
  enforcement?:
    | { step: string; finding?: string | null; court?: string | null; onDay?: string | null; notes?: string | null }[]
    | null;
  availableSteps?: { steps: string[] } | null;
};

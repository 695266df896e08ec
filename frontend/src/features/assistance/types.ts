/** The technical fields the pool's experts and workstations cover, and an application names. */
export const FIELDS = [
  'MECHANICAL',
  'ELECTRICAL',
  'CHEMICAL',
  'BIOMEDICAL',
  'COMMUNICATIONS',
  'DESIGN',
  'OTHER',
] as const;
export type TechnicalField = (typeof FIELDS)[number];

export const HELP_KINDS = [
  'CONSULTATION',
  'REFERENCE_OPINION',
  'EVIDENCE_GUIDANCE',
  'MEDIATION',
  'OVERSEAS_GUIDANCE',
] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

/** An assistance expert or a workstation of the pool administrators manage (the server's PoolMember). */
export type PoolMember = {
  id: number;
  kind: 'EXPERT' | 'WORKSTATION';
  name: string;
  field: TechnicalField;
  district: string;
  contact?: string | null;
  active: boolean;
};

/** One of the applicant's own assistance requests (the server's MyRequest). */
export type AssistanceRequest = {
  caseId: string;
  caseNumber: string;
  stage: string;
  filedAt: string;
  field: TechnicalField;
  smallOrMicroFirm: boolean;
  reviewReasons?: string | null;
  assignedTo?: string | null;
  assistanceKind?: string | null;
  linkedCaseNumber?: string | null;
  rating?: number | null;
  awaits: ('SUPPLEMENT' | 'APPEAL' | 'FEEDBACK')[];
};

/** Another case a request is linked to: what the card reads of the server's Cases.LinkedCase. */
export type LinkedCase = { id: string; caseNumber: string; caseType: string; stage: string };

/** What the case page's `assistance` section holds on a request (the server's AssistanceSection.View). */
export type AssistanceView = {
  request: {
    smallOrMicroFirm: boolean;
    field: TechnicalField;
    helpWanted: string;
    reviewDecision?: string | null;
    reviewReasons?: string | null;
    assignedTo?: string | null;
    assignedKind?: PoolMember['kind'] | null;
    assistanceKind?: string | null;
    opinion?: string | null;
    rating?: number | null;
    ratingComment?: string | null;
  };
  reviewDueOn?: string | null;
  supplementDueOn?: string | null;
  appealDueOn?: string | null;
  referredCase?: LinkedCase | null;
  steps: string[];
};

/** The `assistanceOrigin` section, on a case a request was referred into: where it came from. */
export type AssistanceOrigin = { assistanceCase: LinkedCase };

/** The sections this feature draws on a case page. */
export type AssistanceSections = { assistance?: AssistanceView | null; assistanceOrigin?: AssistanceOrigin | null };

import type { ApiSchema } from '@/shared/api/api-schema';

/** Where a case stands; each procedure's model names its own stages (its `stage` properties). */
export type Stage = string;
export type Decision = 'ACCEPT' | 'REFUSE' | 'SUPPLEMENT';

export type CaseSummary = ApiSchema<'CaseSummary'>;
export type CasePage = ApiSchema<'Cases.CasePage'>;
export type Party = ApiSchema<'CaseController.PartyView'>;
export type CaseDocument = ApiSchema<'Documents.DocumentInfo'>;
export type TimelineEntry = ApiSchema<'AuditTrail.AuditEvent'>;
export type CaseDiagram = ApiSchema<'CaseDiagramController.Diagram'>;

// The case page's sections below come through the server's @JsonAnyGetter (CaseViewSection beans),
// which the OpenAPI document does not describe yet: they stay written by hand until it does.

export type SupplementRequest = { missingItems: string[]; dueDate: string; open: boolean };

export type AcceptanceReview = { decision: Decision; reasons?: string | null; decidedAt: string };

export type ClockStatus = 'ON_TRACK' | 'DUE_SOON' | 'OVERDUE';

/** A legal period of the case as it stands (the server's ClockView). */
export type CaseClock = {
  key: string;
  period: ApiSchema<'Period'>;
  trigger?: string | null;
  startedAt: string;
  deadline: { lastDay: string; expiresAt: string };
  state: 'RUNNING' | 'PAUSED' | 'STOPPED';
  pausedDays: number;
  events: { type: string; at: string; actor?: string | null; reason?: string | null }[];
  status: ClockStatus;
  workingDaysLeft?: number | null;
  calendarDaysLeft?: number | null;
};

export type LinkedCase = {
  id: string;
  caseNumber: string;
  caseType: string;
  stage: Stage;
  filedAt: string;
  link: 'SAME_PATENT' | 'SAME_RESPONDENT';
};

/** The case page: the case itself, and the sections the capabilities add for the viewer. */
export type CaseDetail = ApiSchema<'CaseView'> & {
  // The server leaves these out, rather than sending null or [], when they do not apply.
  supplementRequest?: SupplementRequest | null;
  acceptanceReview?: AcceptanceReview | null;
  /** each open task as it stands, with what the viewer may do with it now */
  openTasks?: ApiSchema<'TaskActions.TaskState'>[];
  clocks?: CaseClock[];
  linkedCases?: LinkedCase[];
};

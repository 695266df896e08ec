import type { PatentType } from '@/shared/validation/patent-number';

/** Where a case stands; each procedure's model names its own stages (its `stage` properties). */
export type Stage = string;
export type PartyKind = 'PERSON' | 'ORGANISATION';
export type Decision = 'ACCEPT' | 'REFUSE' | 'SUPPLEMENT';

export type CaseSummary = {
  id: string;
  caseNumber: string;
  caseType: string;
  stage: Stage;
  officeId: string;
  filedAt: string;
  patentNumber: string;
  requesterName: string;
  respondentName: string;
};

export type Page<T> = { items: T[]; total: number };

export type Party = {
  role: 'REQUESTER' | 'RESPONDENT' | 'PARTY';
  kind: PartyKind;
  name: string;
  idNumber?: string | null;
  address: string;
  contact?: string | null;
};

export type CaseDocument = {
  id: string;
  kind: 'EVIDENCE' | 'SUPPLEMENT' | 'REPORT' | 'INVESTIGATION' | (string & {});
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
  uploadedBy: string;
};

export type SupplementRequest = { missingItems: string[]; dueDate: string; open: boolean };

export type AcceptanceReview = { decision: Decision; reasons?: string | null; decidedAt: string };

export type OpenTask = {
  taskId: string;
  taskKey: string;
  name: string;
  assignee?: string | null;
  assigneeName?: string | null;
  owner?: string | null;
  ownerName?: string | null;
  delegationState?: 'PENDING' | 'RESOLVED' | null;
  dueAt?: string | null;
  formKey?: string | null;
  officeId?: string;
  /** what the viewer may do with it now: CLAIM, UNCLAIM, COMPLETE, DELEGATE, RETURN, TRANSFER, REASSIGN */
  allowedActions?: string[];
};

export type TimelineEntry = {
  at: string;
  actor?: string | null;
  actorName?: string | null;
  action: string;
  details?: unknown;
};

export type ClockStatus = 'ON_TRACK' | 'DUE_SOON' | 'OVERDUE';

/** A legal period of the case as it stands (the server's ClockView). */
export type CaseClock = {
  key: string;
  period: { unit: string; amount: number };
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

export type CaseDetail = {
  id: string;
  caseNumber: string;
  caseType: string;
  stage: Stage;
  office: { id: string; nameZh: string; nameEn: string };
  filedAt: string;
  /** The day the office received the request: legal periods run from it. */
  receivedOn?: string | null;
  /** Disputes name a patent, its claims and the measures requested; a penalty case has none of them. */
  patent?: { number: string; type: PatentType; title: string } | null;
  claims: number[];
  factsAndReasons: string;
  requestedMeasures?: string | null;
  parties: Party[];
  documents: CaseDocument[];
  // The server leaves these out, rather than sending null or [], when they do not apply.
  supplementRequest?: SupplementRequest | null;
  acceptanceReview?: AcceptanceReview | null;
  openTasks?: OpenTask[];
  clocks?: CaseClock[];
  linkedCases?: LinkedCase[];
  timeline: TimelineEntry[];
};

export type CaseDiagram = {
  bpmnXml: string;
  activeActivityIds: string[];
  completedActivityIds: string[];
  /** steps the case may reach next from where it waits now */
  nextActivityIds?: string[];
};

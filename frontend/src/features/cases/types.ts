import type { PatentType } from '@/shared/validation/patent-number';

export type Stage = 'FILED' | 'AWAITING_SUPPLEMENT' | 'ACCEPTED' | 'REFUSED';
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
  role: 'REQUESTER' | 'RESPONDENT';
  kind: PartyKind;
  name: string;
  idNumber?: string | null;
  address: string;
  contact?: string | null;
};

export type CaseDocument = {
  id: string;
  kind: 'EVIDENCE' | 'SUPPLEMENT';
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

export type CaseDetail = {
  id: string;
  caseNumber: string;
  caseType: string;
  stage: Stage;
  office: { id: string; nameZh: string; nameEn: string };
  filedAt: string;
  /** The day the office received the request: legal periods run from it. */
  receivedOn?: string | null;
  patent: { number: string; type: PatentType; title: string };
  claims: number[];
  factsAndReasons: string;
  requestedMeasures: string;
  parties: Party[];
  documents: CaseDocument[];
  // The server leaves these out, rather than sending null or [], when they do not apply.
  supplementRequest?: SupplementRequest | null;
  acceptanceReview?: AcceptanceReview | null;
  openTasks?: OpenTask[];
  timeline: TimelineEntry[];
};

export type CaseDiagram = {
  bpmnXml: string;
  activeActivityIds: string[];
  completedActivityIds: string[];
};

import type { ApiSchema } from '@/shared/api/api-schema';
/** Money travels as a decimal string ("250000.05"): exact, and never parsed into floating point. */
export type Money = string;

export type ReportStatus =
  | 'RECEIVED'
  | 'UNDER_REVIEW'
  | 'NOT_FILED'
  | 'INVESTIGATING'
  | 'PENALISED'
  | 'NO_PENALTY'
  | 'WITHDRAWN'
  | 'TRANSFERRED_TO_POLICE';

export type NewReport = {
  officeId: string;
  subjectName: string;
  subjectAddress?: string;
  product: string;
  markedPatentNumber?: string;
  whereSeen?: string;
  description: string;
  reporterName?: string;
  reporterContact?: string;
};

export type SubmittedReport = { trackingCode: string; receivedOn: string };

export type ReportTracking = {
  trackingCode: string;
  receivedOn: string;
  status: ReportStatus;
  product?: string | null;
  subjectName?: string | null;
};

export type ReportSummary = {
  id: string;
  trackingCode: string;
  receivedOn: string;
  decisionDueOn: string;
  status: 'RECEIVED' | 'REGISTERED' | 'NOT_FILED';
  subjectName: string;
  product: string;
  caseId?: string | null;
};

export type ReportDetail = ReportSummary & {
  receivedAt: string;
  fromAccount: boolean;
  reporterName?: string | null;
  reporterContact?: string | null;
  subjectAddress?: string | null;
  markedPatentNumber?: string | null;
  whereSeen?: string | null;
  description: string;
  reasons?: string | null;
  files: { id: string; fileName: string; contentType: string; sizeBytes: number }[];
};

export type LeadSource = 'REPORT' | 'REFERRAL' | 'OWN_FINDING';
export type PartyKind = 'PERSON' | 'ORGANISATION';
export type DiscretionLevel = 'LIGHT' | 'NORMAL' | 'HEAVY';

/** A lead registered for the filing approval, as the API takes it. */
export type NewPenaltyCase = ApiSchema<'NewPenaltyCase'>;

export type Officer = { username: string; displayName: string };

export type Quote = {
  illegalGains: Money;
  ceiling: Money;
  gainsMultiple?: number | null;
  level?: DiscretionLevel | null;
  rangeMin?: Money | null;
  rangeMax?: Money | null;
};

export type PenaltySettings = {
  procedure: 'CNIPA_2015' | 'SAMR';
  hearingThresholdPerson: Money;
  hearingThresholdOrganisation: Money;
  statementWorkingDays: number;
  hearingRequestWorkingDays: number;
  hearingNoticeWorkingDays: number;
  excludedPeriodReasons: string[];
};

export type Clock = {
  key: string;
  state: 'RUNNING' | 'PAUSED' | 'STOPPED';
  status: 'ON_TRACK' | 'DUE_SOON' | 'OVERDUE';
  deadline: { lastDay: string; expiresAt: string };
  pausedDays: number;
  workingDaysLeft?: number | null;
  calendarDaysLeft?: number | null;
  events: { type: string; at: string; reason?: string | null }[];
};

export type Gain = {
  id: number;
  kind: 'SALE' | 'FEE';
  description: string;
  unitPrice?: Money | null;
  quantity?: number | null;
  amount: Money;
};

export type Measure = {
  id: number;
  kind: string;
  takenOn: string;
  place: string;
  summary: string;
  officers: string[];
  partySignature: 'SIGNED' | 'REFUSED' | 'ABSENT';
  witness?: string | null;
  documentIds: string[];
};

export type Seizure = {
  seizure: {
    id: number;
    seq: number;
    kind: 'SEALING' | 'SEIZURE';
    items: string;
    place: string;
    reasons: string;
    status: string;
    carriedOutOn?: string | null;
    endedOn?: string | null;
  };
  clock?: Clock | null;
};

export type Proposal = {
  fine: Money;
  discretionLevel: DiscretionLevel;
  ceiling: Money;
  rangeMin: Money;
  rangeMax: Money;
  illegalGains: Money;
  confiscatedGains: Money;
  correction: string;
  hearingRight: boolean;
  heavy: boolean;
  noticeServedOn?: string | null;
  rightsEndOn?: string | null;
  hearingRequestEndOn?: string | null;
};

export type Decision = {
  kind: 'PENALTY' | 'EXEMPT' | 'STOP_SELLING' | 'WITHDRAWN';
  fine: Money;
  confiscatedGains: Money;
  correction?: string | null;
  decidedOn: string;
  servedOn?: string | null;
  paymentDueOn?: string | null;
  windowsCloseOn?: string | null;
  publishedOn?: string | null;
  publicationRef?: string | null;
  revokedOn?: string | null;
};

export type Due = {
  asOf: string;
  fine: Money;
  confiscatedGains: Money;
  surcharge: Money;
  paid: Money;
  outstanding: Money;
  lastDayToPay?: string | null;
};

export type PenaltyView = {
  procedure: 'CNIPA_2015' | 'SAMR';
  source: LeadSource;
  sourceReference?: string | null;
  discoveredOn: string;
  /** Admin. Penalty Law art. 36 as recorded at filing (no dates for cases registered before). */
  limitation?: {
    actEndedOn?: string | null;
    actContinuing: boolean;
    safetyHarm: boolean;
    lastDay?: string | null;
  } | null;
  reportTrackingCode?: string | null;
  leadHandler: string;
  handlers: string[];
  partyName?: string | null;
  partyKind: PartyKind;
  suspectedAct: string;
  illegalGains: Money;
  gains: Gain[];
  measures: Measure[];
  findings: {
    anotherPersonsPatent?: boolean | null;
    businessVolume?: Money | null;
    patenteeLoss?: Money | null;
    patentCount?: number | null;
    investigationOutcome?: string | null;
    investigationReport?: string | null;
    crimeGround?: string | null;
    concludedAt?: string | null;
  };
  seizures: Seizure[];
  proposal?: Proposal | null;
  responses: { kind: string; receivedOn: string; content?: string | null; recordedBy: string }[];
  hearing?: {
    requestedOn: string;
    scheduledAt?: string | null;
    place?: string | null;
    presider?: string | null;
    outcome?: string | null;
    heldOn?: string | null;
    record?: string | null;
  } | null;
  steps: {
    step: string;
    outcome?: string | null;
    occurredOn?: string | null;
    reference?: string | null;
    comments?: string | null;
    decidedBy: string;
    decidedAt: string;
  }[];
  decision?: Decision | null;
  due?: Due | null;
  payments: { paidOn: string; amount: Money; receipt: string; recordedBy: string }[];
  arrangements: {
    id: number;
    kind: 'DEFERRAL' | 'INSTALMENTS';
    reasons: string;
    requestedOn: string;
    status: string;
    instalments: { dueOn: string; amount: Money }[];
  }[];
  challenges: {
    id: number;
    kind: 'RECONSIDERATION' | 'LITIGATION';
    filedOn: string;
    body: string;
    decidedOn?: string | null;
    outcome?: string | null;
  }[];
  excludedPeriodReasons: string[];
};

/** What a card of the case page that officers record on is given. */
export type CardProps = { caseId: string; penalty: PenaltyView; editable: boolean };

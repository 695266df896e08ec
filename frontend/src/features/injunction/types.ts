/** What the case page's `injunction` section holds (the server's InjunctionSection). */
export type LinkedCase = { id: string; caseNumber: string; caseType: string; stage: string };

export type InjunctionRow = {
  startedBy: 'APPLICATION' | 'OWN_MOTION';
  actsToStop: string;
  urgency: 'TRADE_FAIR' | 'ONLINE_CAMPAIGN' | 'OTHER';
  urgencyDetails?: string | null;
  platformName?: string | null;
  listingUrl?: string | null;
  stopOrder?: string | null;
  reviewDecision?: string | null;
  reviewReasons?: string | null;
  approvedAt?: string | null;
  servedOn?: string | null;
  liftReason?: string | null;
};

export type InjunctionObjection = {
  grounds: string;
  filedAt: string;
  sustained?: boolean | null;
  reasons?: string | null;
};

export type InjunctionView = {
  injunction: InjunctionRow;
  reviewExpiresAt?: string | null;
  lapseLastDay?: string | null;
  objectionDueOn?: string | null;
  objections: InjunctionObjection[];
  adjudication?: LinkedCase | null;
  steps: ('OBJECT' | 'SUPPLEMENT' | 'RECORD_INVALIDATION')[];
};

/** On an adjudication case: the injunctions linked to it. */
export type InjunctionLinks = { injunctions: LinkedCase[] };

/** Another case as a link from this one: what the card reads of the server's Cases.LinkedCase. */
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

/** What the case page's `injunction` section holds, on an injunction case (the server's InjunctionSection.View). */
export type InjunctionView = {
  injunction: InjunctionRow;
  reviewExpiresAt?: string | null;
  lapseLastDay?: string | null;
  objectionDueOn?: string | null;
  objections: InjunctionObjection[];
  adjudication?: LinkedCase | null;
  steps: ('OBJECT' | 'SUPPLEMENT' | 'RECORD_INVALIDATION')[];
};

/** The `linkedInjunctions` section, on an adjudication case: the injunctions linked to it. */
export type InjunctionLinks = { injunctions: LinkedCase[] };

/** The sections this feature draws on a case page. */
export type InjunctionSections = { injunction?: InjunctionView | null; linkedInjunctions?: InjunctionLinks | null };

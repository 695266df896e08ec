/** The body of the acceptance review's completion (form key "acceptance-review"). */
export type AcceptanceDecision =
  | { decision: 'ACCEPT'; reasons?: string }
  | { decision: 'REFUSE'; reasons: string }
  | { decision: 'SUPPLEMENT'; reasons?: string; missingItems: string[]; supplementDueDate: string };

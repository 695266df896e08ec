import type { ApiSchema } from '@/shared/api/api-schema';

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
  patentInForce: boolean;
  infringementKnownOn: string;
  continuingInfringement: boolean;
};

export type Period = ApiSchema<'AdjudicationSections.Period'>;

/**
 * An adjudication's parts of the case page: the case's name and stage, and the sections the
 * server's adjudication stages add (their `*Sections`), each typed as the API's document says.
 */
export type AdjudicationView = Pick<
  ApiSchema<'CaseView'>,
  | 'id'
  | 'stage'
  | 'caseType'
  | 'panel'
  | 'answer'
  | 'jurisdictionObjections'
  | 'recusals'
  | 'evidence'
  | 'hearing'
  | 'suspension'
  | 'withdrawal'
  | 'casePeriod'
  | 'decision'
  | 'appealWindow'
  | 'enforcement'
  | 'availableSteps'
>;

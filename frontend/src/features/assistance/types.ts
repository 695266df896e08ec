import type { ApiSchema } from '@/shared/api/api-schema';

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

/** An assistance expert or a workstation of the pool administrators manage. */
export type PoolMember = ApiSchema<'AssistancePool.Member'>;

/** One of the applicant's own assistance requests, with what it awaits from them. */
export type AssistanceRequest = ApiSchema<'Assistances.MyRequest'>;

/** Another case a request is linked to: the case it was referred into, or the request a case came from. */
export type LinkedCase = ApiSchema<'Cases.LinkedCase'>;

/** The case page's `assistance` section, on a request. */
export type AssistanceView = ApiSchema<'AssistanceSection.View'>;

/** The case page's `assistanceOrigin` section, on a case a request was referred into: where it came from. */
export type AssistanceOrigin = ApiSchema<'AssistanceOriginSection.Origin'>;

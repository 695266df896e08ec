import type { ApiSchema } from '@/shared/api/api-schema';

/** Where a case stands; each procedure's model names its own stages (its `stage` properties). */
export type Stage = string;

export type CaseSummary = ApiSchema<'CaseSummary'>;
export type CasePage = ApiSchema<'Cases.CasePage'>;
export type Party = ApiSchema<'CaseController.PartyView'>;
export type CaseDocument = ApiSchema<'Documents.DocumentInfo'>;
export type TimelineEntry = ApiSchema<'AuditTrail.AuditEvent'>;
export type CaseDiagram = ApiSchema<'CaseDiagramController.Diagram'>;

// The case page's sections come through the server's @JsonAnyGetter (CaseViewSection beans); the
// API's document names each one (CaseSectionsSchema), so they are typed like the rest.

export type SupplementRequest = ApiSchema<'Supplements.SupplementRequest'>;
export type AcceptanceReview = ApiSchema<'AcceptanceSections.Review'>;
export type ClockStatus = ApiSchema<'ClockView'>['status'];
/** A legal period of the case as it stands. */
export type CaseClock = ApiSchema<'ClockView'>;
export type LinkedCase = ApiSchema<'Cases.LinkedCase'>;

/** The case page: the case itself, and the sections the capabilities add for the viewer. */
export type CaseDetail = ApiSchema<'CaseView'>;

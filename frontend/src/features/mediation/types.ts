import type { ApiSchema } from '@/shared/api/api-schema';

/** The case page's `mediation` section: the latest mediation of the case and what the viewer may do now. */
export type MediationView = ApiSchema<'MediationSection.View'>;

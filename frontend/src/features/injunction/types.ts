import type { ApiSchema } from '@/shared/api/api-schema';

/** Another case as a link from this one: its adjudication, or the injunctions of an adjudication. */
export type LinkedCase = ApiSchema<'Cases.LinkedCase'>;

export type InjunctionRow = ApiSchema<'InjunctionSection.Row'>;

export type InjunctionObjection = ApiSchema<'InjunctionSection.ObjectionRow'>;

/** The case page's `injunction` section, on an injunction case. */
export type InjunctionView = ApiSchema<'InjunctionSection.View'>;

/** The case page's `linkedInjunctions` section, on an adjudication case: the injunctions linked to it. */
export type InjunctionLinks = ApiSchema<'InjunctionLinksSection.Links'>;

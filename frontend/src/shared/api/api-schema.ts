import type { components } from '../../../api/schema';

/**
 * A type of the server's API by its schema name in the OpenAPI document (a nested Java type is
 * `Outer.Inner`). The types come from `schema.d.ts`, generated from `openapi.json` by `npm run api:types`.
 */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];

import { api } from './api-client';
import type { ApiSchema } from './api-schema';

/** The case a request opened, as the server answers a filing. */
export type FiledCase = ApiSchema<'CaseFiling.FiledCase'>;

/**
 * Files a request with its documents in one multipart request, so both arrive or neither: each
 * JSON value a part of its own, each file under its field.
 */
export function fileRequest(
  url: string,
  json: Record<string, unknown>,
  files: Record<string, File | File[] | undefined>,
): Promise<FiledCase> {
  const body = new FormData();
  for (const [name, value] of Object.entries(json))
    body.append(name, new Blob([JSON.stringify(value)], { type: 'application/json' }));
  for (const [name, value] of Object.entries(files)) {
    for (const file of value === undefined ? [] : [value].flat()) body.append(name, file, file.name);
  }
  return api.post<FiledCase>(url, body);
}

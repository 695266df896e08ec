/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';

// paths from the front end's root, where Vitest runs
const DOCUMENT = 'api/openapi.json';
const TYPES = 'api/schema.d.ts';

describe('the API types', () => {
  it('are the ones generated from the committed OpenAPI document', async () => {
    const generated = COMMENT_HEADER + astToString(await openapiTS(await readFile(DOCUMENT, 'utf8')));
    const committed = await readFile(TYPES, 'utf8');

    expect(committed === generated, `${TYPES} is not generated from ${DOCUMENT}: run \`npm run api:types\``).toBe(true);
  });
});

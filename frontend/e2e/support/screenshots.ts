import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const SCREENSHOTS = fileURLToPath(new URL('../../target/e2e-screenshots/', import.meta.url));

/** Numbered full-page screenshots under target/e2e-screenshots/, prefixed by the spec. */
export function screenshots(prefix: string) {
  let shots = 0;
  mkdirSync(SCREENSHOTS, { recursive: true });
  return async (page: Page, name: string) => {
    shots += 1;
    await page.screenshot({
      path: `${SCREENSHOTS}${prefix}-${String(shots).padStart(2, '0')}-${name}.png`,
      fullPage: true,
    });
  };
}

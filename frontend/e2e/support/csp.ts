import { expect, test as base } from '@playwright/test';

/**
 * Every walk-through runs under the application's Content-Security-Policy: a page that needed
 * an inline script, a foreign source or anything else the policy refuses fails its test, not
 * just a console line.
 */
export const test = base.extend<{ contentSecurityPolicyHeld: void }>({
  contentSecurityPolicyHeld: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        const text = message.text();
        if (/Content Security Policy|Refused to (load|execute|apply|frame|connect|create)/i.test(text)) {
          violations.push(text);
        }
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await use();
      expect(violations, 'Content-Security-Policy violations in the console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

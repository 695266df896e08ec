import { defineConfig, devices } from '@playwright/test';

// The end-to-end path runs against the packaged application (java -jar), not the Vite dev server.
const baseURL = process.env.IPCASE_BASE_URL ?? 'http://localhost:8080';

export default defineConfig({
  testDir: './e2e',
  outputDir: './target/e2e-results',
  // Generous limits: the jar, Chromium and the build share two cores in CI, and a page that
  // renders in a second on a quiet machine can take twenty under load.
  timeout: 300_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { outputFolder: './target/e2e-report', open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // The system's Chromium: Playwright's own browser builds are not downloaded here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
});

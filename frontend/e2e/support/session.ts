import { expect, type Browser, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo';

/** Each person gets a browser context of their own: own cookies, own storage, as on their own PC. */
export async function logIn(browser: Browser, baseURL: string | undefined, username: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

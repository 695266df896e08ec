import type { Locator, Page } from '@playwright/test';

/** Today in the office's time zone, as the forms' date fields take it (YYYY-MM-DD). */
export function officeDay(plusDays = 0): string {
  const day = new Date(Date.now() + plusDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(day);
}

/**
 * Fills the acceptance review form to accept: a panel of the three Yubei officers, every condition
 * of Order 81 art. 12 checked, and the day the requester learnt of the infringement. Returns that
 * date's field: Enter there confirms the date and submits the form.
 */
export async function acceptWithPanel(page: Page): Promise<Locator> {
  await page.getByRole('radio', { name: '受理', exact: true }).check();
  await page.getByRole('combobox', { name: '合议组成员' }).click();
  for (const officer of ['陈静（officer.yb）', '杨帆（officer2.yb）', '何军（officer3.yb）']) {
    await page.locator('.ant-select-item-option').filter({ hasText: officer }).click();
  }
  await page.keyboard.press('Escape');
  for (const condition of [
    /请求人是专利权人/,
    /有明确的被请求人/,
    /有明确的请求事项/,
    /属于本部门/,
    /没有就该纠纷/,
    /涉案专利权有效/,
  ]) {
    await page.getByRole('checkbox', { name: condition }).check();
  }
  const knownOn = page.getByLabel(/请求人知道或者应当知道/);
  await knownOn.fill(officeDay(-30));
  return knownOn;
}

import { expect, test } from '@playwright/test';
import { fileCase } from './support/api';
import { screenshots } from './support/screenshots';
import { logIn } from './support/session';

const screenshot = screenshots('supervisor');

test('a supervisor watches the deadlines of the office and reassigns a case from the board', async ({
  browser,
  baseURL,
}) => {
  const filed = await fileCase(baseURL);
  const page = await logIn(browser, baseURL, 'supervisor.yb');

  await test.step('the board shows every running period with its countdown', async () => {
    await page.getByRole('link', { name: '期限看板' }).click();
    await expect(page).toHaveURL(/\/sla$/);
    await expect(page.getByRole('button', { name: /只看“正常”/ })).toBeVisible();
    await page.getByRole('searchbox', { name: '案号' }).fill(filed.caseNumber);
    await page.keyboard.press('Enter');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: filed.caseNumber, exact: true }) });
    await expect(row).toBeVisible();
    await expect(row.getByText('受理审查期限')).toBeVisible();
    await expect(row.getByText(/个工作日/)).toBeVisible();
    await expect(page.locator('canvas').first()).toBeVisible(); // the charts
    await screenshot(page, 'board');
  });

  await test.step('the supervisor hands the case to an officer, with the reason on record', async () => {
    await page.getByRole('checkbox', { name: `选择 ${filed.caseNumber} 的 受理审查期限` }).check();
    await page.getByRole('button', { name: '改派所选案件的任务' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '承办人' }).click();
    await page.keyboard.type('何军');
    await page.keyboard.press('Enter');
    await dialog.getByRole('textbox', { name: '理由' }).fill('均衡工作量');
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(page.getByText('已指派给 何军')).toBeVisible();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: filed.caseNumber, exact: true }) });
    await expect(row.getByText('受理审查 · 何军')).toBeVisible();
    await screenshot(page, 'reassigned');
  });

  await test.step('the board exports what it shows', async () => {
    const download = page.waitForEvent('download');
    await page
      .getByRole('link', { name: '导出 Excel' })
      .or(page.getByRole('button', { name: '导出 Excel' }))
      .click();
    expect((await download).suggestedFilename()).toMatch(/^sla-.*\.xlsx$/);
  });

  await test.step('the case page, opened from the board, tells the reassignment', async () => {
    await page.getByRole('link', { name: filed.caseNumber, exact: true }).click();
    await expect(page.getByText('将任务“受理审查”指派给 何军')).toBeVisible();
    await screenshot(page, 'case-after-reassignment');
  });
  await page.context().close();
});

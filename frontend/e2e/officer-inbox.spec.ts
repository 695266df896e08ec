import { expect, test } from './support/csp';
import { acceptWithPanel } from './support/adjudication';
import { fileCase } from './support/api';
import { minimalPdf } from './support/minimal-pdf';
import { screenshots } from './support/screenshots';
import { logIn } from './support/session';

const screenshot = screenshots('officer');

test('an officer finds a case in the inbox, delegates its review, gets it back and accepts it', async ({
  browser,
  baseURL,
}) => {
  const filed = await fileCase(baseURL, undefined, {
    name: '购买凭证.pdf',
    mimeType: 'application/pdf',
    buffer: minimalPdf('Receipt for the folding chair'),
  });

  await test.step('the officer searches the pool, keeps the search as a shared filter, opens and claims', async () => {
    const page = await logIn(browser, baseURL, 'officer.yb');
    // the pool arrives before the search is typed, as an officer would see it
    const pool = page.waitForResponse((r) => r.url().includes('/api/inbox/tasks?view=UNCLAIMED') && r.ok());
    await page.getByRole('tab', { name: '待认领' }).click();
    await pool;
    await expect(page.getByRole('tab', { name: '待认领' })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('searchbox', { name: '搜索' }).fill(filed.caseNumber);
    await page.keyboard.press('Enter');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: filed.caseNumber, exact: true }) });
    await expect(row).toBeVisible();
    await expect(page.getByRole('row')).toHaveCount(2); // the header and this case: the search narrowed the list
    await expect(page).toHaveURL(/view=UNCLAIMED/);

    await page.getByRole('button', { name: '保存当前筛选' }).click();
    await page.getByRole('textbox', { name: '名称' }).fill(`待认领 ${filed.caseNumber}`);
    await page.getByRole('checkbox', { name: '与本部门同事共享' }).check();
    await page
      .getByRole('button', { name: 'OK' })
      .or(page.getByRole('button', { name: '确定' }))
      .click();
    await expect(page.getByText('筛选已保存')).toBeVisible();
    await screenshot(page, 'inbox-search');

    await row.getByRole('link', { name: filed.caseNumber, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(filed.caseNumber);
    await page.getByRole('button', { name: '认领', exact: true }).click();
    await expect(page.getByText('已认领')).toBeVisible();

    // the case page: its periods, what comes next in the model, the evidence itself
    await expect(page.getByRole('cell', { name: '受理审查期限' })).toBeVisible();
    await expect(page.locator('.case-diagram .highlight-next').first()).toBeVisible();
    await page.getByRole('button', { name: '预览 购买凭证.pdf' }).click();
    await expect(page.locator('iframe[title="购买凭证.pdf"]')).toBeVisible();
    await screenshot(page, 'evidence-preview');
    await page.keyboard.press('Escape');
    await screenshot(page, 'case-claimed');

    await page.getByRole('button', { name: '委派', exact: true }).click();
    await page.getByRole('combobox', { name: '承办人' }).click();
    await page.keyboard.type('杨帆');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: '理由' }).fill('请先核对专利登记簿副本');
    await page.getByRole('button', { name: '确定' }).click();
    await expect(page.getByText('已委派给 杨帆').first()).toBeVisible();
    await screenshot(page, 'delegated');
    await page.context().close();
  });

  await test.step('the colleague finds it among their tasks, marked delegated, and hands it back', async () => {
    const page = await logIn(browser, baseURL, 'officer2.yb');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: filed.caseNumber, exact: true }) });
    await expect(row).toBeVisible();
    await expect(row.getByText('陈静 委派')).toBeVisible();
    await screenshot(page, 'colleague-inbox');
    await row.getByRole('link', { name: filed.caseNumber, exact: true }).click();
    await page.getByRole('button', { name: '交回' }).click();
    await page.getByRole('textbox', { name: '办理说明' }).fill('登记簿副本已核对，与请求书一致');
    await page.getByRole('button', { name: '确定' }).click();
    await expect(page.getByText('已交回委派人')).toBeVisible();
    await page.context().close();
  });

  await test.step('the officer accepts the case; the timeline tells the hand-over with its reason', async () => {
    const page = await logIn(browser, baseURL, 'officer.yb');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: filed.caseNumber, exact: true }) });
    await row.getByRole('link', { name: filed.caseNumber, exact: true }).click();
    await expect(page.getByText('将任务“受理审查”委派给 杨帆')).toBeVisible();
    await expect(page.getByText('理由：请先核对专利登记簿副本')).toBeVisible();
    // accepting appoints the panel and records the conditions of acceptance (Order 81 art. 12, 20)
    const knownOn = await acceptWithPanel(page);
    // Enter confirms the typed day in the date picker and submits the decision
    await knownOn.press('Enter');
    // the decision renders its notice (a PDF) in the same request: allow for a busy machine
    await expect(page).toHaveURL(/\/inbox$/, { timeout: 30_000 });
    await expect(page.getByText('受理审查决定已提交')).toBeVisible();
    await screenshot(page, 'accepted');
    await page.context().close();
  });
});

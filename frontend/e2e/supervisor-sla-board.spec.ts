import { expect, test } from './support/csp';
import { apiAs, fileCase } from './support/api';
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

test('a supervisor decides extension requests from the board: refuses one with a reason, approves the other', async ({
  browser,
  baseURL,
}) => {
  // Order 81 art. 20: an officer asks for 5 more working days of review; the department head decides
  const refused = await fileCase(baseURL);
  const approved = await fileCase(baseURL);
  const officer = await apiAs(baseURL, 'officer.yb');
  for (const filed of [refused, approved]) {
    const asked = await officer.post(`/api/cases/${filed.caseId}/acceptance-extension-requests`, {
      data: { reasons: '涉及多项权利要求，案情复杂。' },
    });
    expect(asked.status()).toBe(201);
  }
  await officer.dispose();
  const supervisorApi = await apiAs(baseURL, 'supervisor.yb');
  const lastDayOf = async (caseNumber: string) => {
    const board = (await (
      await supervisorApi.get('/api/sla/board', { params: { q: caseNumber, size: 50 } })
    ).json()) as { rows: { key: string; lastDay: string }[] };
    return board.rows.find((row) => row.key === 'acceptance')?.lastDay;
  };
  const lastDayBefore = await lastDayOf(approved.caseNumber);
  const refusedLastDay = await lastDayOf(refused.caseNumber);

  const page = await logIn(browser, baseURL, 'supervisor.yb');
  await page.getByRole('link', { name: '期限看板' }).click();
  const approval = (caseNumber: string) =>
    page.getByRole('listitem').filter({ has: page.getByRole('link', { name: caseNumber, exact: true }) });

  await test.step('a refusal needs its reason, and leaves the deadline as it was', async () => {
    await expect(approval(refused.caseNumber)).toContainText('审批延长受理审查期限');
    await approval(refused.caseNumber).getByRole('button', { name: '审批' }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: `审批：${refused.caseNumber}` });
    await drawer.getByRole('button', { name: '认领' }).click();
    await drawer.getByRole('radio', { name: '不同意', exact: true }).check();
    await drawer.getByRole('button', { name: '提交', exact: true }).click();
    await expect(drawer.getByText('请填写此项')).toBeVisible(); // the reason is required
    await drawer.getByRole('textbox', { name: '意见' }).fill('案情并不复杂，应在法定期限内审查完毕。');
    await drawer.getByRole('button', { name: '提交', exact: true }).click();
    await expect(page.getByText('审批已提交')).toBeVisible();
    await expect(approval(refused.caseNumber)).toHaveCount(0);
    expect(await lastDayOf(refused.caseNumber)).toBe(refusedLastDay);
  });

  await test.step('an approval moves the review deadline by five working days', async () => {
    await approval(approved.caseNumber).getByRole('button', { name: '审批' }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: `审批：${approved.caseNumber}` });
    await drawer.getByRole('button', { name: '认领' }).click();
    await drawer.getByRole('radio', { name: '同意', exact: true }).check();
    await screenshot(page, 'approving-extension');
    await drawer.getByRole('button', { name: '提交', exact: true }).click();
    await expect(page.getByText('审批已提交').last()).toBeVisible();
    await expect(approval(approved.caseNumber)).toHaveCount(0);

    const lastDayAfter = await lastDayOf(approved.caseNumber);
    expect(lastDayAfter).not.toBe(lastDayBefore);
    await page.getByRole('searchbox', { name: '案号' }).fill(approved.caseNumber);
    await page.keyboard.press('Enter');
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: approved.caseNumber, exact: true }) });
    await expect(row.getByText(lastDayAfter ?? '—', { exact: true })).toBeVisible();
    await expect(row.getByText('已延长')).toBeVisible();
    await screenshot(page, 'extension-approved');
  });

  await test.step('the case records who approved it', async () => {
    await page.getByRole('link', { name: approved.caseNumber, exact: true }).click();
    const entry = page.getByRole('listitem').filter({ hasText: /期限“受理审查期限”延长，届满日/ });
    await expect(entry).toContainText('林涛');
    await screenshot(page, 'case-after-extension');
  });
  await supervisorApi.dispose();
  await page.context().close();
});

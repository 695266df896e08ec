import { expect, test } from '@playwright/test';
import { fileCase } from './support/api';
import { screenshots } from './support/screenshots';
import { logIn } from './support/session';

const screenshot = screenshots('admin');

/**
 * Next year's State Council notice, as the administrator pastes it: the statutory holidays of the
 * 2024 rules with their weekday make-ups (a stand-in: the real notice adds its bridging days).
 */
const NEXT_YEAR_CSV = (year: number) =>
  [
    'date,kind',
    `${year}-01-01,rest`,
    `${year}-02-05,rest`,
    `${year}-02-08,rest`,
    `${year}-02-09,rest`,
    `${year}-02-10,rest`,
    `${year}-04-05,rest`,
    `${year}-05-03,rest`,
    `${year}-05-04,rest`,
    `${year}-06-09,rest`,
    `${year}-09-15,rest`,
    `${year}-10-01,rest`,
    `${year}-10-04,rest`,
    `${year}-10-05,rest`,
  ].join('\n');

test("the administrator's workspace: the calendar's warning, loading next year, settings, audit log, engine", async ({
  browser,
  baseURL,
}) => {
  // the warning shows from 1 October while next year's notice is missing (the run's own year)
  const nextYear = new Date().getFullYear() + 1;
  const warnsNow = new Date().getMonth() >= 9;
  await fileCase(baseURL);

  await test.step("a supervisor is warned on the deadline board that next year's notice is missing", async () => {
    const supervisor = await logIn(browser, baseURL, 'supervisor.yb');
    await supervisor.goto('/sla');
    await expect(supervisor.getByRole('heading', { name: '期限看板' })).toBeVisible();
    if (warnsNow) {
      await expect(supervisor.getByText(`${nextYear} 年的国务院节假日安排尚未导入`)).toBeVisible();
    }
    await screenshot(supervisor, 'supervisor-calendar-warning');
    await supervisor.context().close();
  });

  const page = await logIn(browser, baseURL, 'admin');

  await test.step('the administrator lands in a workspace of their own, not on "no workspace"', async () => {
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByText('您的账号没有可用的工作台')).toHaveCount(0);
    const nav = page.getByRole('navigation', { name: '系统管理导航' });
    for (const place of ['账号管理', '执法部门', '节假日日历', '系统设置', '审计日志', '引擎状态']) {
      await expect(nav.getByText(place, { exact: true })).toBeVisible();
    }
    if (warnsNow) await expect(page.getByText(`${nextYear} 年的国务院节假日安排尚未导入`)).toBeVisible();
    await screenshot(page, 'home');
  });

  await test.step('the offices', async () => {
    await page.getByRole('navigation', { name: '系统管理导航' }).getByText('执法部门').click();
    await expect(page.getByRole('cell', { name: '重庆市渝北区知识产权局' })).toBeVisible();
  });

  await test.step('a notice with a slip is refused line by line and changes nothing', async () => {
    await page.getByRole('navigation', { name: '系统管理导航' }).getByText('节假日日历').click();
    await expect(page).toHaveURL(/\/admin\/calendar$/);
    await expect(page.getByRole('cell', { name: String(nextYear - 1), exact: true })).toBeVisible();
    await page.getByRole('spinbutton', { name: '年度' }).fill(String(nextYear));
    await page.getByRole('textbox', { name: '来源（通知文号）' }).fill('国办发明电（测试）');
    await page.getByRole('textbox', { name: '通知内容' }).fill(`${NEXT_YEAR_CSV(nextYear)}\n${nextYear}-01-01,rest`);
    await page.getByRole('button', { name: '校验并导入' }).click();
    await expect(page.getByText('未导入：请改正以下问题后重试，日历未作任何改动。')).toBeVisible();
    await expect(page.getByText(/出现了不止一次/)).toBeVisible();
    await screenshot(page, 'calendar-refused');
  });

  await test.step("loading next year's notice ends the warning", async () => {
    await page.getByRole('textbox', { name: '通知内容' }).fill(NEXT_YEAR_CSV(nextYear));
    await page.getByRole('button', { name: '校验并导入' }).click();
    await expect(page.getByText(`${nextYear} 年的节假日安排已导入，相关期限已重新计算`)).toBeVisible();
    await expect(page.getByRole('cell', { name: String(nextYear), exact: true })).toBeVisible();
    await expect(page.getByText(`${nextYear} 年的国务院节假日安排尚未导入`)).toHaveCount(0);
    await screenshot(page, 'calendar-loaded');
  });

  await test.step('every setting with its value, default and source', async () => {
    await page.getByRole('navigation', { name: '系统管理导航' }).getByText('系统设置').click();
    const injunction = page.getByRole('row').filter({ hasText: 'ipcase.injunction.review-hours' });
    await expect(injunction).toContainText('48');
    await expect(injunction).toContainText('行为保全');
    await expect(page.getByRole('row').filter({ hasText: 'ipcase.calendar.warn-from' })).toContainText('10-01');
    await screenshot(page, 'settings');
  });

  await test.step('the audit log, filtered by action', async () => {
    await page.getByRole('navigation', { name: '系统管理导航' }).getByText('审计日志').click();
    await page.getByRole('combobox', { name: '操作' }).click();
    await page.keyboard.type('CALENDAR_CHANGED');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page.getByRole('cell', { name: new RegExp(`year ${nextYear}`) })).toBeVisible();
    await screenshot(page, 'audit-log');
  });

  await test.step("the engine's health", async () => {
    await page.getByRole('navigation', { name: '系统管理导航' }).getByText('引擎状态').click();
    await expect(page.getByText('执行失败的作业', { exact: true })).toBeVisible();
    await expect(page.getByText('失败作业', { exact: true })).toBeVisible();
    await screenshot(page, 'engine-health');
  });
  await page.context().close();
});

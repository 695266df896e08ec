import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Page } from '@playwright/test';
import { expect, test } from './support/csp';
import { minimalPdf } from './support/minimal-pdf';
import { chooseOption } from './support/select';
import { logIn } from './support/session';

const SCREENSHOTS = fileURLToPath(new URL('../target/e2e-screenshots/injunction-', import.meta.url));

let shots = 0;
async function screenshot(page: Page, name: string) {
  shots += 1;
  await page.screenshot({ path: `${SCREENSHOTS}${String(shots).padStart(2, '0')}-${name}.png`, fullPage: true });
}

test.beforeAll(() =>
  mkdirSync(fileURLToPath(new URL('../target/e2e-screenshots/', import.meta.url)), { recursive: true }),
);

/** Claims the case's open task from the inbox and opens it. */
async function openTask(page: Page, caseNumber: string) {
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: caseNumber, exact: true }) });
  await expect(async () => {
    await page.reload();
    await page.getByRole('tab', { name: '待认领' }).click();
    await expect(row).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await row.getByRole('button', { name: '认领' }).click();
  await expect(page.getByText('已认领')).toBeVisible();
  await page.getByRole('tab', { name: '我的待办' }).click();
  const mine = page.getByRole('row').filter({ has: page.getByRole('link', { name: caseNumber, exact: true }) });
  await mine.getByRole('link', { name: '办理' }).click();
  await expect(page).toHaveURL(/\/inbox\/cases\/[^/]+$/);
}

test('a preliminary injunction applied for in the portal is reviewed, approved, served, and seen by the respondent', async ({
  browser,
  baseURL,
}) => {
  // five people's sessions, two documents rendered: longer than one page's worth of steps
  test.setTimeout(300_000);
  let caseNumber = '';
  let casePath = '';
  // the day of service as the office counts days
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

  await test.step('the rights holder applies in the portal, before any adjudication request', async () => {
    const page = await logIn(browser, baseURL, 'complainant');
    await page.getByRole('button', { name: '申请先行发布禁令' }).click();
    await expect(page).toHaveURL(/\/portal\/injunctions\/new$/);

    await chooseOption(page, page.getByRole('combobox', { name: '受理部门' }), '重庆市渝北区知识产权局');

    const requester = page.getByRole('group', { name: '申请人（专利权人或者利害关系人）', exact: true });
    await requester.getByLabel('姓名或名称').fill('张伟');
    await requester.getByLabel('居民身份证号码').fill('500102198503121238');
    await requester.getByLabel('住所地址').fill('重庆市渝北区龙溪街道1号');
    await requester.getByLabel('联系电话或其他联系方式').fill('13800000000');

    const respondent = page.getByRole('group', { name: '被申请人', exact: true });
    await respondent.getByLabel('姓名或名称').fill('重庆某贸易有限公司');
    await respondent.getByLabel('统一社会信用代码').fill('91500000MA5U00000W');
    await respondent.getByLabel('住所地址').fill('重庆市渝北区回兴街道2号');

    const patent = page.getByRole('group', { name: '专利', exact: true });
    await patent.getByLabel('专利号').fill('ZL202320123456.1');
    await patent.getByLabel('专利名称').fill('一种折叠椅');

    await page.getByLabel('请求责令停止的行为').fill('在重庆国际家具展上展出、许诺销售被控侵权的折叠椅。');
    await page
      .getByLabel('事实和理由')
      .fill('被申请人将在三日后开幕的展会上展出被控侵权产品，展期仅三天，不立即制止将造成难以弥补的损害。');
    await chooseOption(page, page.getByRole('combobox', { name: '紧急情形' }), '展会');

    const files = page.locator('input[type=file]');
    await files.nth(0).setInputFiles({
      name: 'notarised-purchase.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('Evidence: notarised purchase of the folding chair'),
    });
    await files.nth(1).setInputFiles({
      name: 'evaluation-report.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('CNIPA patent evaluation report'),
    });
    await screenshot(page, 'application-form');

    await page.getByRole('button', { name: '提交申请' }).click();
    await expect(page).toHaveURL(/\/portal\/cases\/[^/]+$/, { timeout: 30_000 });
    // the case page replaces the form once its data is in: wait for the number, not the old title
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(/禁〔\d{4}〕\d+号/, { timeout: 30_000 });
    caseNumber = (await heading.innerText()).trim();
    casePath = new URL(page.url()).pathname.replace('/portal/', '/inbox/');
    await expect(page.getByText('禁令审查中').first()).toBeVisible();
    await expect(page.getByText('审查时限剩余')).toBeVisible();
    await screenshot(page, 'applicant-case-under-review');
    await page.context().close();
  });

  await test.step('the Yubei officer reviews it within the hours and proposes the injunction', async () => {
    const page = await logIn(browser, baseURL, 'officer.yb');
    await openTask(page, caseNumber);
    await expect(page.getByText('审查时限剩余')).toBeVisible();
    await page.getByRole('radio', { name: '提请负责人批准发布禁令' }).check();
    await page.getByLabel('责令立即停止的行为').fill('立即停止在展会上展出、许诺销售被控侵权的折叠椅。');
    await screenshot(page, 'officer-review');
    await page.getByRole('button', { name: '提交审查意见' }).click();
    await expect(page).toHaveURL(/\/inbox$/, { timeout: 30_000 });
    await page.context().close();
  });

  await test.step('the supervisor approves it, and the injunction is issued for service', async () => {
    const page = await logIn(browser, baseURL, 'supervisor.yb');
    await openTask(page, caseNumber);
    await page.getByRole('radio', { name: '批准发布禁令' }).check();
    await chooseOption(page, page.getByRole('combobox', { name: '向被申请人送达的方式' }), '直接送达');
    await screenshot(page, 'supervisor-approval');
    await page.getByRole('button', { name: '提交审批意见' }).click();
    // the approval renders the injunction (a PDF) in the same request: allow for a busy machine
    await expect(page).toHaveURL(/\/inbox$/, { timeout: 30_000 });
    await page.context().close();
  });

  await test.step('the officer records the injunction’s service on the respondent', async () => {
    const page = await logIn(browser, baseURL, 'officer.yb');
    // no task is open while the injunction awaits service: the officer opens the case itself
    await page.goto(casePath);
    await expect(page.getByText('禁令已作出，待送达').first()).toBeVisible();
    const documents = page.locator('.ant-card').filter({ has: page.getByText('法律文书', { exact: true }) });
    const decision = documents.getByRole('row').filter({ hasText: '禁令决定书' });
    await expect(decision).toContainText('被请求人');
    await expect(decision).toContainText('未送达');
    await decision.getByRole('button', { name: '登记送达' }).click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, dialog.getByRole('combobox', { name: '送达方式' }), '直接送达');
    const servedOn = dialog.getByLabel('送达日期（以送达回证或回执上的日期为准）');
    await servedOn.fill(today);
    await expect(servedOn).toHaveValue(today);
    await screenshot(page, 'officer-records-service');
    // Enter in the date field confirms the day and submits the form. Pressed on the field itself,
    // not on whatever has the focus: the dialog starts with it on its close button.
    const recorded = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' && /\/official-documents\/[^/]+\/services$/.test(response.url()),
    );
    await servedOn.press('Enter');
    expect((await recorded).status()).toBe(201);
    await expect(page.getByText('送达已登记')).toBeVisible({ timeout: 30_000 });
    await expect(dialog).toBeHidden();
    await expect(page.getByText('禁令有效').first()).toBeVisible();
    await expect(decision).toContainText(`直接送达，${today} 送达`);
    await screenshot(page, 'officer-injunction-in-force');
    await page.context().close();
  });

  await test.step('the respondent sees the injunction served on it, and may object', async () => {
    const page = await logIn(browser, baseURL, 'respondent');
    await page.getByRole('link', { name: caseNumber, exact: true }).click();
    const card = page
      .getByRole('region', { name: '先行禁令' })
      .or(page.locator('.ant-card').filter({ hasText: '先行禁令' }));
    await expect(card.first()).toBeVisible();
    await expect(page.getByText('立即停止在展会上展出、许诺销售被控侵权的折叠椅。').first()).toBeVisible();
    await expect(page.getByText('请求行政裁决的最后一日')).toBeVisible();
    await expect(page.getByRole('button', { name: '提出异议' })).toBeVisible();
    const documents = page.locator('.ant-card').filter({ has: page.getByText('法律文书', { exact: true }) });
    await expect(documents.getByRole('row').filter({ hasText: '禁令决定书' })).toContainText(`直接送达，${today} 送达`);
    await screenshot(page, 'respondent-sees-injunction');
    await page.context().close();
  });
});

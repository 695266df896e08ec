import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { request, type Page } from '@playwright/test';
import { expect, test } from './support/csp';
import { minimalPdf } from './support/minimal-pdf';
import { chooseOption } from './support/select';
import { DEMO_PASSWORD, logIn } from './support/session';

const SCREENSHOTS = fileURLToPath(new URL('../target/e2e-screenshots/', import.meta.url));

let shots = 0;
async function screenshot(page: Page, name: string) {
  shots += 1;
  await page.screenshot({
    path: `${SCREENSHOTS}penalty-${String(shots).padStart(2, '0')}-${name}.png`,
    fullPage: true,
  });
}

/** Today in Chongqing, as the forms' date pickers take it. */
function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

async function pickDate(page: Page, label: string, date: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

async function choose(page: Page, label: string, option: string) {
  await chooseOption(page, page.getByLabel(label, { exact: true }), option);
}

/** The task panel of a case page: claims the task if it is free, then shows its form. */
async function openTask(page: Page, caseId: string, taskName: string) {
  await page.goto(`/inbox/cases/${caseId}`);
  const panel = page.locator('.ant-card').filter({ hasText: `当前任务：${taskName}` });
  await expect(panel).toBeVisible({ timeout: 45_000 });
  const claim = panel.getByRole('button', { name: '认领', exact: true });
  if (await claim.isVisible()) {
    await claim.click();
    await expect(panel.getByRole('button', { name: '退回' })).toBeVisible();
  }
  return panel;
}

async function submitTask(page: Page, panel: ReturnType<Page['locator']>) {
  await panel.getByRole('button', { name: '提交', exact: true }).click();
  // a step may evaluate the DMN tables for the first time since the start: give it time
  await expect(page).toHaveURL(/\/inbox$/, { timeout: 60_000 });
}

test.beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

test('a public report of counterfeiting becomes a case and ends in a paid fine', async ({ browser, baseURL }) => {
  // a whole case through many steps: longer than the default budget of one page's path
  test.setTimeout(8 * 60_000);
  let trackingCode = '';
  let caseId = '';
  // each official keeps one session through the case, as at their own desk
  const officer = await logIn(browser, baseURL, 'officer.yb');
  const supervisor = await logIn(browser, baseURL, 'supervisor.yb');

  await test.step('anyone reports a shop selling chairs marked with a lapsed patent, anonymously', async () => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByRole('link', { name: '举报假冒专利' }).click();
    await expect(page).toHaveURL(/\/report$/);

    const form = page.getByRole('form', { name: '举报假冒专利' });
    await chooseOption(page, form.getByLabel('向哪个部门举报'), '重庆市渝北区知识产权局');
    await form.getByLabel('被举报人（商家、企业或个人）').fill('重庆某五金商行');
    await form.getByLabel('被举报人地址').fill('重庆市渝北区龙溪街道5号');
    await form.getByLabel('涉嫌假冒专利的产品或材料').fill('折叠椅');
    await form.getByLabel('产品上标注的专利号').fill('ZL201520123456.X');
    await form.getByLabel('情况说明').fill('折叠椅包装上标注的专利号经查询已于2023年终止，商家仍标注“专利产品”。');
    await page.locator('input[type=file]').setInputFiles({
      name: 'packaging.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('Photo of the packaging with a lapsed patent number'),
    });
    await screenshot(page, 'public-report-form');
    await form.getByRole('button', { name: '提交举报' }).click();

    const code = page.getByTestId('tracking-code');
    await expect(code).toBeVisible();
    trackingCode = (await code.innerText()).trim();
    expect(trackingCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await screenshot(page, 'public-report-sent');

    await page.getByRole('button', { name: '查询进度' }).click();
    await expect(page.getByTestId('report-status')).toHaveText('已收到，正在核查');
    await screenshot(page, 'public-report-received');
    await context.close();
  });

  await test.step('a Yubei officer registers the report for filing with a second handler', async () => {
    const page = officer;
    await page.goto('/inbox');
    await page.getByRole('link', { name: '假冒专利线索' }).click();
    await page.getByRole('link', { name: trackingCode }).click();
    await expect(page.getByText('重庆某五金商行').first()).toBeVisible();

    const register = page.getByRole('form', { name: '登记案件线索' });
    await register.getByLabel('承办人员（两名以上）').click();
    await page.getByTitle('杨帆 (officer2.yb)').click();
    await page.keyboard.press('Escape');
    await screenshot(page, 'officer-register-report');
    await register.getByRole('button', { name: '提请立案审批' }).click();

    // registering issues the filing approval form, the first PDF the application renders
    await expect(page).toHaveURL(/\/inbox\/cases\/[^/]+$/, { timeout: 60_000 });
    caseId = page.url().split('/').pop()!;
    await expect(page.getByRole('heading', { level: 1 })).toContainText('渝北知罚');
    await expect(page.getByText('待立案审批').first()).toBeVisible();
  });

  await test.step('the supervisor approves the filing', async () => {
    const page = supervisor;
    const panel = await openTask(page, caseId, '立案审批');
    await panel.getByRole('radio', { name: '批准', exact: true }).check();
    await submitTask(page, panel);
  });

  await test.step('the handlers record a site inspection and the sales, and conclude for a penalty', async () => {
    const page = officer;
    await page.goto(`/inbox/cases/${caseId}`);
    await expect(page.getByText('调查取证').first()).toBeVisible();

    await page.getByRole('button', { name: '记录调查措施' }).click();
    const measure = page.getByRole('dialog');
    await expect(measure.getByLabel('地点')).toBeVisible();
    await choose(page, '措施', '现场检查');
    await measure.getByLabel('地点').fill('重庆市渝北区龙溪街道5号店内');
    await measure.getByLabel('笔录摘要').fill('现场查见标注失效专利号的折叠椅32把，当事人在笔录上签名。');
    await measure.locator('input[type=file]').setInputFiles({
      name: 'site-inspection.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('Site inspection record, signed'),
    });
    await measure.getByRole('button', { name: '提交' }).click();
    await expect(measure).toBeHidden();
    await expect(page.getByText('现场查见标注失效专利号的折叠椅32把')).toBeVisible();

    await page.getByRole('button', { name: '记录', exact: true }).click();
    const gain = page.getByRole('dialog');
    await gain.getByLabel('说明').fill('折叠椅');
    await gain.getByLabel('单价（元）').fill('120');
    await gain.getByLabel('数量').fill('250');
    await gain.getByRole('button', { name: '提交' }).click();
    await expect(gain).toBeHidden();
    await expect(page.getByTestId('penalty-gains-total')).toContainText('30,000.00');
    await screenshot(page, 'officer-investigation');

    const panel = await openTask(page, caseId, '调查取证');
    await panel.getByRole('radio', { name: '给予行政处罚', exact: true }).check();
    await panel
      .getByLabel('调查终结报告（或延期理由）')
      .fill('当事人销售标注已终止专利号的折叠椅250把，违法所得30000元，事实清楚。');
    await submitTask(page, panel);
  });

  await test.step('the lead handler proposes a fine within the ceiling and serves the notice', async () => {
    const page = officer;
    const panel = await openTask(page, caseId, '拟定处罚意见');
    await expect(panel.getByTestId('penalty-ceiling')).toContainText('250,000.00 元');
    await panel.getByRole('radio', { name: '一般', exact: true }).check();
    await expect(panel.getByTestId('penalty-range')).toContainText('75,000.00 元 – 175,000.00 元');
    await panel.getByLabel('罚款（元）').fill('260000');
    await expect(panel.getByText('超过法定上限 250,000.00 元')).toBeVisible();
    await screenshot(page, 'officer-proposal-over-ceiling');
    await panel.getByLabel('罚款（元）').fill('80000');
    await panel.getByLabel('责令改正的内容（一并公告）').fill('立即停止销售，除去产品及包装上的专利标识，并予公告。');
    await submitTask(page, panel);

    const service = await openTask(page, caseId, '送达行政处罚告知书');
    await pickDate(page, '日期', today());
    await choose(page, '送达方式', '直接送达');
    await submitTask(page, service);

    await page.goto(`/inbox/cases/${caseId}`);
    await page.getByRole('button', { name: '记录当事人意见' }).click();
    const response = page.getByRole('dialog');
    await response.getByLabel('内容').fill('当事人称已全部下架，请求从轻处罚。');
    await response.getByRole('button', { name: '提交' }).click();
    await expect(response).toBeHidden();
    await expect(page.getByText('当事人称已全部下架')).toBeVisible();
    await screenshot(page, 'officer-notice-and-statement');
  });

  await test.step('an administrator moves the statement period to its end through the engine API', async () => {
    // the application never challenges for Basic credentials, so they go with every request
    const basic = Buffer.from(`admin:${DEMO_PASSWORD}`).toString('base64');
    const admin = await request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Basic ${basic}` } });
    const instances = await (
      await admin.get(`/engine-rest/process-instance?businessKey=${caseId}&processDefinitionKey=counterfeit-penalty`)
    ).json();
    const jobs = await (
      await admin.get(`/engine-rest/job?processInstanceId=${instances[0].id}&activityId=Event_RightsPeriodExpired`)
    ).json();
    expect(jobs).toHaveLength(1);
    expect((await admin.post(`/engine-rest/job/${jobs[0].id}/execute`)).status()).toBe(204);
    await admin.dispose();
  });

  await test.step('the statement is reviewed and the supervisor approves the decision', async () => {
    const page = officer;
    const review = await openTask(page, caseId, '复核陈述申辩');
    await review.getByRole('radio', { name: '维持拟处罚意见', exact: true }).check();
    await review.getByLabel('复核意见').fill('当事人所称下架属实，但不足以从轻，维持。');
    await submitTask(page, review);

    const approval = await openTask(supervisor, caseId, '审批处理决定');
    await approval.getByRole('radio', { name: '批准', exact: true }).check();
    await submitTask(supervisor, approval);
  });

  await test.step('the decision is served, the fine and gains paid, and the decision published', async () => {
    const page = officer;
    const service = await openTask(page, caseId, '送达处理决定书');
    await pickDate(page, '日期', today());
    await choose(page, '送达方式', '直接送达');
    await submitTask(page, service);

    await page.goto(`/inbox/cases/${caseId}`);
    await expect(page.getByText('待缴纳罚款').first()).toBeVisible();
    await expect(page.getByTestId('penalty-outstanding')).toContainText('110,000.00');
    await screenshot(page, 'officer-awaiting-payment');

    await page.getByRole('button', { name: '记录缴款' }).click();
    const payment = page.getByRole('dialog');
    await payment.getByLabel('缴款凭证号').fill('渝非税-2026-000123');
    await payment.getByRole('button', { name: '提交' }).click();
    await expect(payment).toBeHidden();
    await expect(page.getByText('渝非税-2026-000123')).toBeVisible();

    const publish = await openTask(page, caseId, '公示处罚决定');
    await pickDate(page, '日期', today());
    await publish.getByLabel('文号、机关或网址').fill('https://zscqj.cq.gov.cn/xzcf/2026-001');
    await submitTask(page, publish);

    await page.goto(`/inbox/cases/${caseId}`);
    await expect(page.getByText('结案').first()).toBeVisible();
    // the documents the steps issued, the notice and the decision with their service
    for (const title of ['立案审批表', '现场检查笔录', '行政处罚告知书', '行政处罚决定书']) {
      await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
    }
    await screenshot(page, 'officer-case-closed');
  });

  await test.step('the reporter sees the outcome and nothing else', async () => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.goto(`/report/track/${trackingCode}`);
    await expect(page.getByTestId('report-status')).toHaveText('已作出行政处罚决定');
    await expect(page.getByText('80,000')).toHaveCount(0);
    await screenshot(page, 'public-report-outcome');
    await context.close();
  });

  await officer.context().close();
  await supervisor.context().close();
});

import { request, type Locator, type Page } from '@playwright/test';
import { expect, test } from './support/csp';
import { acceptWithPanel, officeDay } from './support/adjudication';
import { minimalPdf } from './support/minimal-pdf';
import { chooseOption } from './support/select';
import { screenshots } from './support/screenshots';
import { DEMO_PASSWORD, logIn } from './support/session';

/**
 * The whole adjudication of Order 81 as its users walk it: filing, acceptance with a panel,
 * service and the respondent's answer in the portal, evidence, the oral hearing, the decision,
 * the 15-day window, the written reminder and the application to the court. The periods that
 * would take weeks end through the administrator's access to Camunda's REST API.
 */
const screenshot = screenshots('adjudication-path');

/** The case page's task card, claimed for this person; waits for the task as long as a busy machine needs. */
async function openTask(page: Page, caseId: string, taskName: string): Promise<Locator> {
  const panel = page.locator('.ant-card').filter({ hasText: `当前任务：${taskName}` });
  // a task the engine has just created may be a moment late: look again, but give each page its time
  await expect(async () => {
    const loaded = page.waitForResponse((r) => r.url().endsWith(`/api/cases/${caseId}`) && r.ok(), {
      timeout: 30_000,
    });
    await page.goto(`/inbox/cases/${caseId}`);
    await loaded;
    await expect(panel).toBeVisible({ timeout: 20_000 });
  }).toPass({ timeout: 90_000 });
  const claim = panel.getByRole('button', { name: '认领', exact: true });
  if (await claim.isVisible()) {
    await claim.click();
    await expect(panel.getByRole('button', { name: '退回' })).toBeVisible();
  }
  return panel;
}

/** Submits the task's form and waits for the inbox the application returns to. */
async function submitTask(page: Page, panel: Locator) {
  await panel.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page).toHaveURL(/\/inbox$/, { timeout: 60_000 });
}

/** Ends a period now: the administrator runs its timer's job through the engine's REST API. */
async function fireTimer(baseURL: string | undefined, caseId: string, activityId: string) {
  // the application never challenges for Basic credentials, so they go with every request
  const basic = Buffer.from(`admin:${DEMO_PASSWORD}`).toString('base64');
  const admin = await request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Basic ${basic}` } });
  try {
    // the case's own instance and the models it calls share its business key
    const findJob = async (): Promise<string | undefined> => {
      const instances = (await (await admin.get(`/engine-rest/process-instance?businessKey=${caseId}`)).json()) as {
        id: string;
      }[];
      for (const instance of instances) {
        const jobs = (await (
          await admin.get(`/engine-rest/job?processInstanceId=${instance.id}&activityId=${activityId}`)
        ).json()) as { id: string }[];
        if (jobs.length > 0) return jobs[0].id;
      }
      return undefined;
    };
    let jobId: string | undefined;
    await expect
      .poll(async () => (jobId = await findJob()), { message: `timer ${activityId}`, timeout: 30_000 })
      .toBeDefined();
    expect((await admin.post(`/engine-rest/job/${jobId}/execute`)).status()).toBe(204);
  } finally {
    await admin.dispose();
  }
}

/**
 * Opens an official document of the case in the portal (its first reading serves it) and closes it. A document
 * addressed to both parties shows a service per party: `party` names whose to wait for.
 */
async function openDocument(page: Page, caseId: string, title: string, party?: '请求人' | '被请求人') {
  const documents = page.locator('.ant-card').filter({ has: page.getByText('法律文书', { exact: true }) });
  const row = documents.getByRole('row').filter({ hasText: title });
  await expect(async () => {
    const loaded = page.waitForResponse((r) => r.url().endsWith(`/api/cases/${caseId}`) && r.ok(), {
      timeout: 30_000,
    });
    await page.goto(`/portal/cases/${caseId}`);
    await loaded;
    await expect(row).toBeVisible({ timeout: 20_000 });
  }).toPass({ timeout: 90_000 });
  const opened = page.waitForResponse((r) => r.url().includes('/official-documents/') && r.url().endsWith('/content'));
  await row.getByRole('button', { name: /查看/ }).click();
  const preview = page.getByRole('dialog');
  await expect(preview.locator('iframe.official-document-preview')).toBeVisible();
  expect((await opened).ok()).toBe(true);
  await preview.getByRole('button', { name: /close|关闭/i }).click();
  const served = party
    ? new RegExp(`^${party}：电子送达，\\d{4}-\\d{2}-\\d{2} 送达`)
    : /电子送达，\d{4}-\d{2}-\d{2} 送达/;
  await expect(row.getByText(served)).toBeVisible({ timeout: 30_000 });
}

test('a dispute goes from filing to the application for compulsory enforcement', async ({ browser, baseURL }) => {
  // about fifteen forms by four people; a shared two-core machine needs more than the default
  // (10 minutes when other builds share the two cores)
  test.setTimeout(900_000);
  let caseId = '';
  let caseNumber = '';
  // each person keeps their own browser context open, as on their own PC
  let officer: Page;
  let respondent: Page;

  await test.step('the patentee files a dispute against the demo respondent at Yubei', async () => {
    const page = await logIn(browser, baseURL, 'complainant');
    await page.getByRole('button', { name: '提交侵权纠纷处理请求' }).click();
    const office = page.getByRole('combobox', { name: '受理部门' });
    await office.click();
    await office.fill('渝北');
    await page.keyboard.press('Enter');

    const requester = page.getByRole('group', { name: '请求人', exact: true });
    await requester.getByLabel('姓名或名称').fill('张伟');
    await requester.getByLabel('居民身份证号码').fill('11010519491231002X');
    await requester.getByLabel('住所地址').fill('重庆市渝北区金开大道1号');
    await requester.getByLabel('联系电话或其他联系方式').fill('023-67000000');
    await page.getByRole('button', { name: '下一步' }).click();

    // the demo respondent's account carries this credit code: the case reaches its portal once served
    const respondent = page.getByRole('group', { name: '被请求人', exact: true });
    await respondent.getByLabel('姓名或名称').fill('重庆某贸易有限公司');
    await respondent.getByLabel('统一社会信用代码').fill('91500000MA5U00000W');
    await respondent.getByLabel('住所地址').fill('重庆市渝北区双凤桥街道1号');
    await page.getByRole('button', { name: '下一步' }).click();

    const patent = page.getByRole('group', { name: '专利', exact: true });
    await patent.getByLabel('专利号').fill('ZL202320123456.1');
    await patent.getByLabel('专利名称').fill('一种折叠椅');
    const requests = page.getByRole('group', { name: '请求事项', exact: true });
    await requests.getByLabel('请求保护的权利要求').fill('1');
    await page.keyboard.press('Enter');
    await requests.getByLabel('事实和理由').fill('被请求人未经许可，销售落入本专利权利要求1保护范围的折叠椅。');
    await requests.getByLabel('请求事项（请求采取的处理措施）').fill('责令被请求人立即停止销售侵权产品。');
    await page.getByRole('button', { name: '下一步' }).click();

    await page.locator('input[type=file]').setInputFiles({
      name: 'purchase-receipt.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('Evidence: receipt for a folding chair bought from the respondent'),
    });
    await expect(page.locator('.ant-upload-list-item-done')).toHaveCount(1);
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByText('一种折叠椅').first()).toBeVisible();
    await screenshot(page, 'complainant-files');

    await page.getByRole('button', { name: '提交请求' }).click();
    await expect(page).toHaveURL(/\/portal\/cases\/[^/]+$/);
    await expect(page.getByText('您的请求已提交，案号')).toBeVisible();
    caseId = new URL(page.url()).pathname.split('/').pop() ?? '';
    caseNumber = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    expect(caseNumber).not.toBe('');
    await page.context().close();
  });

  await test.step('a Yubei officer accepts it with a panel of three and serves it on the respondent', async () => {
    officer = await logIn(browser, baseURL, 'officer.yb');
    const page = officer;
    await openTask(page, caseId, '受理审查');
    const knownOn = await acceptWithPanel(page);
    await screenshot(page, 'officer-accepts-with-panel');
    await knownOn.press('Enter');
    await expect(page).toHaveURL(/\/inbox$/, { timeout: 30_000 });

    const service = await openTask(page, caseId, '向被请求人送达请求书副本和答辩通知书');
    await expect(page.getByText('合议组', { exact: true }).first()).toBeVisible();
    await screenshot(page, 'officer-serves-request');
    await submitTask(page, service);
  });

  await test.step('the respondent reads the answer notice in the portal and answers within the period', async () => {
    respondent = await logIn(browser, baseURL, 'respondent');
    const page = respondent;
    await expect(page).toHaveURL(/\/portal$/);
    await page.getByRole('link', { name: caseNumber, exact: true }).click();
    await expect(page).toHaveURL(/\/portal\/cases\/[^/]+$/);
    await openDocument(page, caseId, '答辩通知书');
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: '前提交答辩书和证据' })).toBeVisible();
    await screenshot(page, 'respondent-case-served');

    await page.getByRole('link', { name: '提交答辩书' }).click();
    await expect(page).toHaveURL(/\/answer$/);
    await page.getByLabel('答辩意见').fill('被请求人销售的产品购自合法来源，且与涉案专利的技术方案不同，不构成侵权。');
    await screenshot(page, 'respondent-answer-page');
    await page.getByRole('button', { name: '提交答辩书' }).click();
    await expect(page).toHaveURL(/\/portal\/cases\/[^/]+$/);
    await expect(page.getByRole('link', { name: '提交答辩书' })).toHaveCount(0);
    await screenshot(page, 'respondent-answered');
  });

  await test.step('the panel forwards the answer, investigates, and the evidence period ends', async () => {
    const page = officer;
    const forwarding = await openTask(page, caseId, '向请求人转送答辩书');
    const forwardedOn = forwarding.getByLabel('转送日期');
    await forwardedOn.fill(officeDay());
    await forwardedOn.press('Enter');
    await expect(page).toHaveURL(/\/inbox$/, { timeout: 30_000 });

    const plan = await openTask(page, caseId, '确定举证期限和调查措施');
    await plan.getByRole('checkbox', { name: '现场检查' }).check();
    // the form proposes the least the law allows: 15 days from each party's receipt of the notice
    await expect(plan.getByLabel('举证期限（日）')).toHaveValue('15');
    await submitTask(page, plan);

    // the period runs once both parties have received the evidence notice (art. 54)
    await openDocument(respondent, caseId, '举证通知书', '被请求人');
    const complainant = await logIn(browser, baseURL, 'complainant');
    await openDocument(complainant, caseId, '举证通知书', '请求人');
    await complainant.context().close();

    const investigation = await openTask(page, caseId, '记录调查取证');
    await submitTask(page, investigation);
    await fireTimer(baseURL, caseId, 'Event_EvidencePeriodExpired');
  });

  await test.step('an oral hearing is held in the main urban hearing room', async () => {
    const page = officer;
    const schedule = await openTask(page, caseId, '决定是否口头审理并安排');
    // a hearing, in public, is what the form proposes
    await expect(schedule.getByRole('switch', { name: '举行口头审理' })).toBeChecked();
    await chooseOption(page, schedule.getByRole('combobox', { name: '审理庭' }), /主城都市区/);
    const startsAt = schedule.getByLabel('开庭时间');
    await startsAt.fill(`${officeDay(14)} 09:30`);
    await screenshot(page, 'officer-schedules-hearing');
    await startsAt.press('Enter');
    await expect(page).toHaveURL(/\/inbox$/, { timeout: 30_000 });

    await fireTimer(baseURL, caseId, 'Event_HearingDay');
    const hearing = await openTask(page, caseId, '口头审理并记录');
    // both parties present, unless the panel records an absence
    await expect(hearing.getByRole('radio', { name: '到庭', exact: true })).toHaveCount(2);
    for (const present of await hearing.getByRole('radio', { name: '到庭', exact: true }).all()) {
      await expect(present).toBeChecked();
    }
    await hearing
      .getByLabel('审理笔录摘要')
      .fill('双方到庭，围绕被控侵权产品是否落入权利要求1的保护范围进行了质证和辩论。');
    await submitTask(page, hearing);
  });

  await test.step('the panel drafts the decision and the supervisor approves it', async () => {
    const draft = await openTask(officer, caseId, '合议并起草行政裁决书');
    await draft.getByRole('radio', { name: '认定侵权成立' }).check();
    await draft.getByRole('checkbox', { name: '销售', exact: true }).check();
    await draft.getByRole('radio', { name: '未提出' }).check();
    await draft
      .getByLabel('认定的事实、理由和依据')
      .fill('经比对，被控侵权产品具备权利要求1的全部技术特征，落入涉案专利权的保护范围。');
    await screenshot(officer, 'panel-drafts-decision');
    await submitTask(officer, draft);

    const supervisor = await logIn(browser, baseURL, 'supervisor.yb');
    const approval = await openTask(supervisor, caseId, '审批行政裁决书');
    await approval.getByRole('radio', { name: '同意' }).check();
    await submitTask(supervisor, approval);
    await supervisor.context().close();
  });

  await test.step('the respondent receives the decision, and the 15-day window runs out', async () => {
    const page = respondent;
    await openDocument(page, caseId, '行政裁决书');
    await page.reload();
    await expect(page.getByText('起诉期', { exact: true }).first()).toBeVisible();
    await screenshot(page, 'respondent-decision-served');

    await fireTimer(baseURL, caseId, 'Event_AppealWindowExpired');
  });

  await test.step('the infringer neither sued nor stopped: a written reminder, then the court', async () => {
    const check = await openTask(officer, caseId, '核查是否停止侵权');
    await check.getByRole('radio', { name: '未停止侵权' }).check();
    await check.getByLabel('核查情况').fill('被请求人网店仍在销售被控侵权的折叠椅。');
    const checkedOn = check.getByLabel('核查日期');
    await checkedOn.fill(officeDay());
    await checkedOn.press('Enter');
    await expect(officer).toHaveURL(/\/inbox$/, { timeout: 30_000 });

    const reminder = await openTask(officer, caseId, '制作并送达催告书');
    await submitTask(officer, reminder);

    await openDocument(respondent, caseId, '催告书');
    await screenshot(respondent, 'respondent-reminder-served');
    await respondent.context().close();
    await fireTimer(baseURL, caseId, 'Event_ReminderPeriodExpired');

    const confirm = await openTask(officer, caseId, '核查催告后是否履行');
    await confirm.getByRole('radio', { name: '未停止侵权' }).check();
    await confirm.getByLabel('核查情况').fill('催告期满，被请求人仍未停止销售。');
    const confirmedOn = confirm.getByLabel('核查日期');
    await confirmedOn.fill(officeDay());
    await confirmedOn.press('Enter');
    await expect(officer).toHaveURL(/\/inbox$/, { timeout: 30_000 });

    const application = await openTask(officer, caseId, '申请人民法院强制执行');
    await application.getByLabel('人民法院').fill('重庆市渝北区人民法院');
    const appliedOn = application.getByLabel('申请日期');
    await appliedOn.fill(officeDay());
    await screenshot(officer, 'officer-applies-to-court');
    await appliedOn.press('Enter');
    await expect(officer).toHaveURL(/\/inbox$/, { timeout: 30_000 });

    await officer.goto(`/inbox/cases/${caseId}`);
    await expect(officer.getByText('当前任务：记录法院裁定')).toBeVisible();
    await expect(officer.getByText('申请人民法院强制执行').first()).toBeVisible();
    await screenshot(officer, 'case-awaits-court-ruling');
    await officer.context().close();
  });
});

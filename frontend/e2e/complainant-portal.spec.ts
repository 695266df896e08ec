import { expect, test } from './support/csp';
import { apiAs } from './support/api';
import { minimalPdf } from './support/minimal-pdf';
import { screenshots } from './support/screenshots';
import { logIn } from './support/session';

const screenshot = screenshots('complainant');

/** A day some weeks ahead, in office time, as YYYY-MM-DD. */
function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

test('a complainant files through the wizard, leaving and resuming a draft, then answers a supplement request', async ({
  browser,
  baseURL,
}) => {
  const page = await logIn(browser, baseURL, 'complainant');
  const respondentName = `重庆草稿测试${Date.now()}有限公司`;
  let caseNumber = '';

  await test.step('the first two steps, checked as typed; the draft is kept when the complainant leaves', async () => {
    await page.getByRole('button', { name: '提交侵权纠纷处理请求' }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByText('请填写姓名或名称').first()).toBeVisible(); // nothing goes on unchecked

    const office = page.getByRole('combobox', { name: '受理部门' });
    await office.click();
    await office.fill('渝北');
    await page.keyboard.press('Enter');
    const requester = page.getByRole('group', { name: '请求人', exact: true });
    await requester.getByLabel('姓名或名称').fill('张三');
    await requester.getByLabel('居民身份证号码').fill('11010519491231002X');
    await requester.getByLabel('住所地址').fill('重庆市渝北区金开大道1号');
    await requester.getByLabel('联系电话或其他联系方式').fill('023-67000000');
    await page.getByRole('button', { name: '下一步' }).click();

    const respondent = page.getByRole('group', { name: '被请求人', exact: true });
    await respondent.getByLabel('姓名或名称').fill(respondentName);
    await respondent.getByLabel('住所地址').fill('重庆市渝北区双凤桥街道1号');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByText(/草稿已于 .* 保存/)).toBeVisible();
    await screenshot(page, 'wizard-draft-saved');
    await page.getByRole('button', { name: '取消' }).click();
  });

  await test.step('the portal lists the draft; the complainant resumes it and files with evidence', async () => {
    const draft = page.getByRole('listitem').filter({ hasText: respondentName });
    await expect(draft).toBeVisible();
    await screenshot(page, 'portal-draft');
    await draft.getByRole('link', { name: '继续填写' }).click();
    await expect(page.getByRole('group', { name: '请求人', exact: true }).getByLabel('姓名或名称')).toHaveValue('张三');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('group', { name: '被请求人', exact: true }).getByLabel('姓名或名称')).toHaveValue(
      respondentName,
    );
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
      name: '网店截图.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('Screenshot of the online shop'),
    });
    await expect(page.locator('.ant-upload-list-item-done')).toHaveCount(1);
    await screenshot(page, 'wizard-evidence');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByText('网店截图.pdf')).toBeVisible();
    await screenshot(page, 'wizard-review');
    await page.getByRole('button', { name: '提交请求' }).click();
    await expect(page).toHaveURL(/\/portal\/cases\/[^/]+$/);
    // the wizard's heading stays until the case page has loaded: wait for the case number
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(/〔\d{4}〕\d+号/);
    caseNumber = (await heading.innerText()).trim();
    await expect(page.getByText('您的请求已提交，案号')).toBeVisible();
  });

  await test.step('the office asks for a supplement; the complainant is told, sees the deadline and answers', async () => {
    const caseId = page.url().split('/').pop()!;
    const officer = await apiAs(baseURL, 'officer.yb');
    const kase = (await (await officer.get(`/api/cases/${caseId}`)).json()) as { openTasks: { taskId: string }[] };
    const taskId = kase.openTasks[0].taskId;
    expect((await officer.post(`/api/inbox/tasks/${taskId}/claim`)).status()).toBe(204);
    const due = daysAhead(21);
    const asked = await officer.post(`/api/inbox/tasks/${taskId}/complete`, {
      data: { decision: 'SUPPLEMENT', missingItems: ['专利登记簿副本'], supplementDueDate: due },
    });
    expect(asked.status()).toBe(204);
    await officer.dispose();

    await page.reload();
    await expect(page.getByText('需要补正的材料')).toBeVisible();
    await expect(page.getByText(/您的期限：.*补正截止 \d{4}-\d{2}-\d{2}/)).toBeVisible();
    await page.getByRole('button', { name: /^通知，\d+ 条未读$/ }).click();
    await expect(page.getByRole('button', { name: `案件 ${caseNumber} 的状态已变为：待补正。` })).toBeVisible();
    await screenshot(page, 'supplement-requested');
    await page.keyboard.press('Escape');

    await page.getByLabel('补正说明').fill('现补交专利登记簿副本。');
    await page.locator('input[type=file]').setInputFiles({
      name: '专利登记簿副本.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('Patent register extract'),
    });
    await page.getByRole('button', { name: '提交补正材料' }).click();
    await expect(page.getByText('补正材料已提交')).toBeVisible();
    await expect(page.getByText('待受理审查').first()).toBeVisible();
    await screenshot(page, 'supplement-answered');
  });
  await page.context().close();
});

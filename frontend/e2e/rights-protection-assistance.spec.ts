import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Page } from '@playwright/test';
import { expect, test } from './support/csp';
import { minimalPdf } from './support/minimal-pdf';
import { chooseOption } from './support/select';
import { logIn } from './support/session';

const SCREENSHOTS = fileURLToPath(new URL('../target/e2e-screenshots/assistance-', import.meta.url));

let shots = 0;
async function screenshot(page: Page, name: string) {
  shots += 1;
  await page.screenshot({ path: `${SCREENSHOTS}${String(shots).padStart(2, '0')}-${name}.png`, fullPage: true });
}

test.beforeAll(() =>
  mkdirSync(fileURLToPath(new URL('../target/e2e-screenshots/', import.meta.url)), { recursive: true }),
);

/** Claims the request's open task from the inbox and opens it. */
async function openTask(page: Page, caseNumber: string) {
  await page.goto('/inbox');
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

async function choose(page: Page, combobox: string, option: string | RegExp) {
  await chooseOption(page, page.getByRole('combobox', { name: combobox }), option);
}

test('an assistance application in the portal is reviewed, assigned, answered with an opinion and rated', async ({
  browser,
  baseURL,
}) => {
  // four people's sessions, three documents rendered
  test.setTimeout(300_000);
  let caseNumber = '';
  const expert = `李援助专家${Date.now() % 100_000}`;

  await test.step('a small firm applies for assistance in the portal', async () => {
    const page = await logIn(browser, baseURL, 'complainant');
    await page.getByRole('button', { name: '我的维权援助申请' }).click();
    await expect(page).toHaveURL(/\/portal\/assistance$/);
    await page.getByRole('button', { name: '申请维权援助' }).click();
    await expect(page).toHaveURL(/\/portal\/assistance\/new$/);

    await choose(page, '援助中心（受理部门）', '重庆市渝北区知识产权局');
    const applicant = page.getByRole('group', { name: '申请人', exact: true });
    await applicant.getByLabel('姓名或名称').fill('重庆小微折叠椅厂');
    await applicant.getByLabel('统一社会信用代码').fill('91500000MA5U000010');
    await applicant.getByLabel('住所地址').fill('重庆市渝北区龙溪街道1号');
    await applicant.getByLabel('联系电话或其他联系方式').fill('13800000000');
    await page.getByLabel('小微企业或个体工商户（优先办理）').check();

    const otherSide = page.getByRole('group', { name: '对方当事人', exact: true });
    await otherSide.getByLabel('姓名或名称').fill('重庆某贸易有限公司');
    await otherSide.getByLabel('统一社会信用代码').fill('91500000MA5U00000W');
    await otherSide.getByLabel('住所地址').fill('重庆市渝北区回兴街道2号');

    const patent = page.getByRole('group', { name: '涉及的专利', exact: true });
    await patent.getByLabel('专利号').fill('ZL202320123456.1');
    await patent.getByLabel('专利名称').fill('一种折叠椅');

    await choose(page, '技术领域', '机械');
    await page
      .getByRole('textbox', { name: '需要援助的事项' })
      .fill('对方在网店销售与我厂实用新型专利相同的折叠椅，希望获得侵权判定参考意见。');
    await page.getByRole('checkbox', { name: '侵权判定参考意见' }).check();
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({
        name: 'business-licence.pdf',
        mimeType: 'application/pdf',
        buffer: minimalPdf('Business licence of the applicant'),
      });
    await screenshot(page, 'application-form');

    await page.getByRole('button', { name: '提交申请' }).click();
    // the number comes with the confirmation: earlier requests of the same applicant share the list
    const confirmation = page.getByText(/援助申请已提交，编号/);
    await expect(confirmation).toBeVisible({ timeout: 30_000 });
    caseNumber = /编号\s*(\S+)/.exec(await confirmation.innerText())![1];
    await expect(page).toHaveURL(/\/portal\/assistance$/, { timeout: 30_000 });
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: caseNumber, exact: true }) });
    await expect(row).toContainText('援助申请审查中');
    await screenshot(page, 'my-requests-under-review');
    await page.context().close();
  });

  await test.step('an administrator adds a Yubei expert in machinery to the pool', async () => {
    const page = await logIn(browser, baseURL, 'admin');
    await page.goto('/admin/assistance-pool');
    await page.getByRole('button', { name: '新增' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill(expert);
    await choose(page, '技术领域', '机械');
    await choose(page, '所在区县', '重庆市渝北区知识产权局');
    await dialog.getByLabel('联系方式').fill('023-67000000');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: expert })).toContainText('在库');
    await screenshot(page, 'admin-pool');
    await page.context().close();
  });

  await test.step('the Yubei officer accepts it, assigns the expert and gives the reference opinion', async () => {
    const page = await logIn(browser, baseURL, 'officer.yb');
    await openTask(page, caseNumber);
    await expect(page.getByText('小微企业优先')).toBeVisible();
    await page.getByRole('radio', { name: '受理', exact: true }).check();
    await screenshot(page, 'officer-review');
    await page.getByRole('button', { name: '提交审查意见' }).click();
    await expect(page).toHaveURL(/\/inbox$/, { timeout: 30_000 });

    await openTask(page, caseNumber);
    await choose(page, '援助专家或工作站', new RegExp(expert));
    await screenshot(page, 'officer-assignment');
    await page.getByRole('button', { name: '指派', exact: true }).click();
    await expect(page).toHaveURL(/\/inbox$/, { timeout: 30_000 });

    await openTask(page, caseNumber);
    await page.getByRole('radio', { name: '侵权判定参考意见', exact: true }).check();
    await page.getByLabel('援助意见').fill('被控侵权产品的技术特征与权利要求1的全部技术特征相同，落入专利权保护范围。');
    await screenshot(page, 'officer-opinion');
    await page.getByRole('button', { name: '提交援助结果' }).click();
    await expect(page).toHaveURL(/\/inbox$/, { timeout: 30_000 });
    await page.context().close();
  });

  await test.step('the applicant reads the opinion and rates the assistance', async () => {
    const page = await logIn(browser, baseURL, 'complainant');
    await page.goto('/portal/assistance');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: caseNumber, exact: true }) });
    await expect(row).toContainText('待申请人评价');
    await expect(row).toContainText(expert);
    await row.getByRole('button', { name: '评价援助' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio').nth(4).click();
    await dialog.getByLabel('意见和建议').fill('意见专业及时。');
    await screenshot(page, 'applicant-feedback');
    await dialog.getByRole('button', { name: '提交评价' }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('援助已结案', { timeout: 15_000 });

    await row.getByRole('link', { name: caseNumber, exact: true }).click();
    await expect(page.getByText('援助意见书').first()).toBeVisible();
    await screenshot(page, 'applicant-request-closed');
    await page.context().close();
  });
});

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Page } from '@playwright/test';
import { expect, test } from './support/csp';
import { acceptWithPanel } from './support/adjudication';
import { minimalPdf } from './support/minimal-pdf';
import { logIn } from './support/session';

const SCREENSHOTS = fileURLToPath(new URL('../target/e2e-screenshots/', import.meta.url));

let shots = 0;
async function screenshot(page: Page, name: string) {
  shots += 1;
  await page.screenshot({ path: `${SCREENSHOTS}${String(shots).padStart(2, '0')}-${name}.png`, fullPage: true });
}

/** Opens an inbox tab and waits for its list to arrive, so an absent row really is absent. */
async function openInboxTab(page: Page, tab: '我的待办' | '待认领' | '全部', view: string) {
  const loaded = page.waitForResponse(
    (response) => response.url().includes(`/api/inbox/tasks?view=${view}`) && response.ok(),
  );
  await page.getByRole('tab', { name: tab }).click();
  await loaded;
}

test.beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

test('a dispute filed at Yubei is reviewed by a Yubei officer only, accepted, and its notice served on the complainant', async ({
  browser,
  baseURL,
}) => {
  // four people's sessions, the acceptance with its panel and checks, a notice rendered and opened
  test.setTimeout(300_000);
  let caseNumber = '';

  await test.step('the complainant files a dispute with a PDF of evidence at the Yubei office', async () => {
    const page = await logIn(browser, baseURL, 'complainant');
    await expect(page).toHaveURL(/\/portal$/);
    await screenshot(page, 'complainant-portal');

    await page.getByRole('button', { name: '提交侵权纠纷处理请求' }).click();
    await expect(page).toHaveURL(/\/portal\/new$/);

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
    await respondent.getByLabel('姓名或名称').fill('重庆某某家具有限公司');
    await respondent.getByLabel('统一社会信用代码').fill('91350100M000100Y43');
    await respondent.getByLabel('住所地址').fill('重庆市渝北区双凤桥街道1号');

    await page.getByRole('button', { name: '下一步' }).click();

    const patent = page.getByRole('group', { name: '专利', exact: true });
    await patent.getByLabel('专利号').fill('ZL202320123456.1');
    await patent.getByLabel('专利名称').fill('一种折叠椅');
    await expect(patent.getByText('实用新型')).toBeVisible(); // read from the number's fifth digit

    const requests = page.getByRole('group', { name: '请求事项', exact: true });
    await requests.getByLabel('请求保护的权利要求').fill('1');
    await page.keyboard.press('Enter');
    await requests.getByLabel('事实和理由').fill('被请求人未经许可，制造、销售落入本专利权利要求1保护范围的折叠椅。');
    await requests.getByLabel('请求事项（请求采取的处理措施）').fill('责令被请求人立即停止制造、销售侵权产品。');

    await page.getByRole('button', { name: '下一步' }).click();

    await page.locator('input[type=file]').setInputFiles({
      name: 'product-photos.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('Evidence: photographs of the folding chair on sale'),
    });
    await expect(page.getByText('product-photos.pdf')).toBeVisible();
    await expect(page.locator('.ant-upload-list-item-done')).toHaveCount(1); // uploaded to the draft
    await screenshot(page, 'complainant-filing-evidence');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByText('一种折叠椅').first()).toBeVisible();
    await screenshot(page, 'complainant-filing-review');

    await page.getByRole('button', { name: '提交请求' }).click();
    await expect(page).toHaveURL(/\/portal\/cases\/[^/]+$/);
    await expect(page.getByText('您的请求已提交，案号')).toBeVisible();
    caseNumber = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    expect(caseNumber).not.toBe('');
    await expect(page.getByText('待受理审查').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'product-photos.pdf' })).toBeVisible();
    await screenshot(page, 'complainant-case-filed');
    await page.context().close();
  });

  await test.step('an officer of another office (Yuzhong) does not see the task', async () => {
    const page = await logIn(browser, baseURL, 'officer.yz');
    await expect(page).toHaveURL(/\/inbox$/);
    await openInboxTab(page, '待认领', 'UNCLAIMED');
    await expect(page.getByRole('link', { name: caseNumber, exact: true })).toHaveCount(0);
    await openInboxTab(page, '全部', 'ALL');
    await expect(page.getByRole('link', { name: caseNumber, exact: true })).toHaveCount(0);
    await screenshot(page, 'officer-yuzhong-inbox');
    await page.context().close();
  });

  await test.step('the Yubei officer claims the task, sees where the case stands, and accepts it', async () => {
    const page = await logIn(browser, baseURL, 'officer.yb');
    await expect(page).toHaveURL(/\/inbox$/);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: caseNumber, exact: true }) });
    // Reloading rather than waiting for the 15-second refresh, in case the task appears a moment late.
    await expect(async () => {
      await page.reload();
      await openInboxTab(page, '待认领', 'UNCLAIMED');
      await expect(row).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await screenshot(page, 'officer-yubei-unclaimed');

    await row.getByRole('button', { name: '认领' }).click();
    await expect(page.getByText('已认领')).toBeVisible();
    await openInboxTab(page, '我的待办', 'MINE');
    const mine = page.getByRole('row').filter({ has: page.getByRole('link', { name: caseNumber, exact: true }) });
    await mine.getByRole('link', { name: '办理' }).click();

    await expect(page).toHaveURL(/\/inbox\/cases\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(caseNumber);
    await expect(page.locator('.case-diagram .highlight-active').first()).toBeVisible();
    await screenshot(page, 'officer-yubei-case');

    // accepting appoints the panel and records the conditions of acceptance (Order 81 art. 12, 20)
    const knownOn = await acceptWithPanel(page);
    await knownOn.press('Enter');
    // the decision renders its notice (a PDF) in the same request: allow for a busy machine
    await expect(page).toHaveURL(/\/inbox$/, { timeout: 30_000 });
    await expect(page.getByText('受理审查决定已提交')).toBeVisible();
    await screenshot(page, 'officer-yubei-accepted');
    await page.context().close();
  });

  await test.step('the complainant sees the case accepted', async () => {
    const page = await logIn(browser, baseURL, 'complainant');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: caseNumber, exact: true }) });
    await expect(row.getByText('已受理')).toBeVisible();
    await row.getByRole('link', { name: caseNumber, exact: true }).click();
    await expect(page.getByText('已受理').first()).toBeVisible();
    await expect(page.getByText('案件已受理。')).toBeVisible();
    await screenshot(page, 'complainant-case-accepted');

    // The notice of acceptance, served electronically: opening it in the portal is its service.
    const documents = page.locator('.ant-card').filter({ has: page.getByText('法律文书', { exact: true }) });
    const notice = documents.getByRole('row').filter({ hasText: '受理通知书' });
    await expect(notice.getByText(/^渝北知受字〔\d{4}〕\d+号$/)).toBeVisible();
    await expect(notice.getByText('请求人：张三')).toBeVisible();
    await expect(notice.getByText(/^未送达/)).toBeVisible();
    await notice.getByRole('button', { name: /查看/ }).click();
    const preview = page.getByRole('dialog');
    const frame = preview.locator('iframe.official-document-preview');
    await expect(frame).toBeVisible();
    // Chromium's PDF viewer shows a plain dark frame (a few kB as PNG) until it has drawn the page
    await expect.poll(async () => (await frame.screenshot()).length, { timeout: 30_000 }).toBeGreaterThan(15_000);
    await screenshot(page, 'complainant-opens-acceptance-notice');
    await preview.getByRole('button', { name: /close|关闭/i }).click();

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    await expect(notice.getByText(`电子送达，${today} 送达`)).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole('row').filter({ hasText: '受理通知书' }).getByText(`电子送达，${today} 送达`),
    ).toBeVisible();
    await screenshot(page, 'complainant-acceptance-notice-served');
    await page.context().close();
  });
});

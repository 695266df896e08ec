import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Picks an option of an Ant Design select, and again if the click was lost: a click that lands
 * while the dropdown is still opening, or while the page reflows around it, selects nothing.
 * The dropdown is found through the combobox's own list id, so a second dropdown still closing
 * elsewhere on the page is never the one clicked.
 */
export async function chooseOption(page: Page, combobox: Locator, option: string | RegExp) {
  // the select around the combobox, which shows the chosen option
  const select = combobox.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
  await expect(async () => {
    const id = await combobox.getAttribute('id', { timeout: 2_000 });
    await combobox.click({ timeout: 2_000 });
    const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${id}_list"]`) });
    await dropdown.getByTitle(option, { exact: true }).click({ timeout: 2_000 });
    await expect(select).toContainText(option, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

import { Page } from 'playwright-core';

/** Saves a screenshot when SCREENSHOT_DIR is set (to look at pages while working on them); no-op otherwise. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

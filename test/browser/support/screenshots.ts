import { Locator, Page } from 'playwright-core';

/** Saves a screenshot when SCREENSHOT_DIR is set (to look at pages while working on them); no-op otherwise. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/**
 * Saves, when SCREENSHOT_DIR is set, the part of the page around `locator` (and 16 px beyond each side, where a focus
 * ring drawn outside it shows): a table's region with the focus, say.
 */
export async function screenshotAround(page: Page, locator: Locator, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  const box = await locator.boundingBox();
  if (!box) return;
  const view = await page.evaluate(() => ({
    x: window.scrollX,
    y: window.scrollY,
    width: document.documentElement.scrollWidth,
  }));
  const x = Math.max(0, box.x + view.x - 16);
  const y = Math.max(0, box.y + view.y - 16);
  await page.screenshot({
    path: `${dir}/${name}.png`,
    fullPage: true,
    clip: { x, y, width: Math.min(box.width + 32, view.width - x), height: Math.min(box.height + 32, 900) },
  });
}

import { Page } from 'playwright-core';
import { expectAccessible, expectNoHorizontalScroll, VisitorOptions } from './browser';
import { screenshot } from './screenshots';

/**
 * What each step of a flow is held to: no accessibility violation, nothing
 * to scroll sideways for the 320 px visitor, and a screenshot named `shot`.
 */
export async function checkPage(page: Page, options: VisitorOptions, shot: string): Promise<void> {
  await expectAccessible(page);
  if (options.width === 320) await expectNoHorizontalScroll(page);
  await screenshot(page, shot);
}

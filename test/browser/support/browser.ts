import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';

/** Debian's Chromium (`.ci/run` installs it); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Generous: a loaded 2-core machine runs a suite beside the browser. Never a timing assertion. */
export const BROWSER_TIMEOUT_MS = 45_000;

/** One browser per test file: launch it in beforeAll, close it in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: BROWSER_TIMEOUT_MS });
}

export interface VisitorOptions {
  /** False: the page as a browser with JavaScript off sees it (core flows must work so). */
  javaScript?: boolean;
  /** CSS pixels; 320 is WCAG 1.4.10's reflow width. */
  width?: number;
  locale?: 'fr-FR' | 'en-GB';
}

/** Contexts with JavaScript off. */
const SCRIPTLESS = new WeakSet<BrowserContext>();

export interface Visitor {
  context: BrowserContext;
  page: Page;
  javaScript: boolean;
}

/** A fresh visitor (own cookies) on the site, French by default, as a French browser asks. */
export async function newVisitor(browser: Browser, baseURL: string, options: VisitorOptions = {}): Promise<Visitor> {
  const javaScript = options.javaScript ?? true;
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: javaScript,
    viewport: { width: options.width ?? 1280, height: 800 },
    locale: options.locale ?? 'fr-FR',
  });
  context.setDefaultTimeout(BROWSER_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(BROWSER_TIMEOUT_MS);
  if (!javaScript) SCRIPTLESS.add(context);
  return { context, page: await context.newPage(), javaScript };
}

/**
 * Runs `visit` as a fresh visitor (see newVisitor) and closes its browser context afterwards, whether `visit`
 * succeeded or threw: no visitor outlives its test. Returns what `visit` returns.
 */
export async function withVisitor<T>(
  browser: Browser,
  baseURL: string,
  options: VisitorOptions,
  visit: (visitor: Visitor) => Promise<T>,
): Promise<T> {
  const visitor = await newVisitor(browser, baseURL, options);
  try {
    return await visit(visitor);
  } finally {
    await visitor.context.close();
  }
}

/**
 * The visitors every page is tried with, chosen pairwise: JavaScript on at a desktop width, and JavaScript off
 * at 320 CSS pixels (WCAG 1.4.10's reflow width, where the no-JS fallbacks are also checked). The third
 * combination, JavaScript off at a desktop width, checks nothing these two do not: its HTML and style sheet
 * are the JS-on page's before its scripts run, and its fallbacks are the 320 px visitor's.
 */
export const VISITORS: { name: string; options: VisitorOptions }[] = [
  { name: 'JavaScript on', options: { javaScript: true } },
  { name: 'JavaScript off, 320 px wide', options: { javaScript: false, width: 320 } },
];

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG levels RGAA 4.1 refers to, and 2.2 AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Where the HTML a visitor without JavaScript received is checked: one page per
 * browser and origin, with JavaScript on (axe needs it) but the page's own
 * scripts refused by its CSP, so axe sees the DOM such a visitor gets. axe is
 * injected once; each check replaces the document (document.open keeps the
 * window and axe with it), and style sheets come from the page's HTTP cache.
 * A fresh context per check cost a renderer process and axe's parsing each time.
 */
const SCRIPTLESS_CHECKERS = new WeakMap<Browser, Map<string, Promise<Page>>>();

async function openScriptlessChecker(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  context.setDefaultTimeout(BROWSER_TIMEOUT_MS);
  const page = await context.newPage();
  const url = `${origin}/__axe-check`;
  await page.route(url, (route) =>
    route.fulfill({
      body: '<!doctype html><html lang="fr"><title>axe</title></html>',
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "script-src 'none'" },
    }),
  );
  await page.goto(url);
  await page.evaluate(AXE_SOURCE);
  return page;
}

function scriptlessChecker(browser: Browser, origin: string): Promise<Page> {
  let byOrigin = SCRIPTLESS_CHECKERS.get(browser);
  if (!byOrigin) SCRIPTLESS_CHECKERS.set(browser, (byOrigin = new Map()));
  let checker = byOrigin.get(origin);
  if (!checker) byOrigin.set(origin, (checker = openScriptlessChecker(browser, origin)));
  return checker;
}

/** Checks run one at a time per checker page. */
let checkerQueue: Promise<unknown> = Promise.resolve();

function runAxe(target: Page): Promise<AxeViolation[]> {
  return target.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run(o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run({ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
  }, AXE_TAGS);
}

async function scriptlessViolations(page: Page): Promise<AxeViolation[]> {
  const html = await page.content();
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const checker = await scriptlessChecker(page.context().browser()!, new URL(page.url()).origin);
  const check = checkerQueue.then(async () => {
    await checker.setViewportSize(viewport);
    await checker.evaluate(async (markup) => {
      document.open();
      document.write(markup);
      document.close();
      const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((l) => !l.sheet);
      await Promise.all(
        pending.map(
          (link) => new Promise((settle) => ['load', 'error'].forEach((e) => link.addEventListener(e, settle))),
        ),
      );
    }, html);
    return runAxe(checker);
  });
  checkerQueue = check.catch(() => undefined);
  return check;
}

/**
 * Runs axe-core in the page (injected through the DevTools protocol, which the
 * page's CSP does not govern). axe needs scripts to run: for a visitor with
 * JavaScript off, the same HTML is checked in a page that runs axe but none of
 * the page's scripts (see scriptlessChecker), at the same width.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (SCRIPTLESS.has(page.context())) return scriptlessViolations(page);
  await page.evaluate(AXE_SOURCE);
  return runAxe(page);
}

/** Fails with axe's findings, readable in the test output. */
export async function expectAccessible(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  const report = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`,
  );
  expect(report).toEqual([]);
}

/** WCAG 1.4.10: at 320 CSS pixels, nothing needs scrolling sideways. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/**
 * A data table's names stay in view when its region is scrolled to its far
 * right: its caption, which names it and its region, and the cell naming each
 * row (its `th scope="row"`, or its first cell when it has none; in a header
 * row, the cell of that column), drawn on top (not under the cells scrolled
 * past) on an opaque background, and no wider than 60 % of the region, leaving
 * the rest to the figures. The table has to be wider than its region (checked
 * too), or there would be nothing to scroll away from.
 */
export async function expectNamesInView(region: Locator): Promise<void> {
  const seen = await region.evaluate((el) => {
    const table = el.querySelector(':scope > table') as HTMLTableElement;
    const caption = table.caption;
    const scrolls = el.scrollWidth > el.clientWidth;
    el.scrollLeft = el.scrollWidth;
    const left = el.getBoundingClientRect().left + el.clientLeft;
    const right = left + el.clientWidth;
    // Half a pixel of rounding either side.
    const within = (box: DOMRect | undefined) =>
      !!box && box.width > 0 && box.left >= left - 0.5 && box.right <= right + 0.5;
    const bodyRow = table.tBodies[0]?.rows[0];
    const column = Math.max(
      0,
      [...(bodyRow?.cells ?? [])].findIndex((cell) => cell.matches('th[scope="row"]')),
    );
    const hidden = [...table.rows]
      .map((row) => row.querySelector(':scope > th[scope="row"]') ?? row.cells[Math.min(column, row.cells.length - 1)])
      .filter((cell) => {
        // The page scrolled up or down (never sideways) so that the cell's middle is on the screen.
        const before = cell.getBoundingClientRect();
        window.scrollBy(0, before.top + before.height / 2 - window.innerHeight / 2);
        const box = cell.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        const opaque = /^rgb\(/.test(getComputedStyle(cell).backgroundColor);
        const narrow = box.width <= 0.6 * el.clientWidth;
        return !within(box) || !top || !cell.contains(top) || !opaque || !narrow;
      })
      .map((cell) => cell.textContent?.trim() ?? '');
    const captionInView = within(caption?.getBoundingClientRect());
    el.scrollLeft = 0;
    return { scrolls, captionInView, hidden };
  });
  expect(seen).toEqual({ scrolls: true, captionInView: true, hidden: [] });
}

/**
 * The element with the keyboard focus can be seen where it is (WCAG 2.4.11): the point at the middle of its
 * first line shows it, not something drawn over it (the names of a table stuck over the cells scrolled under
 * them, say), and it lies within the visible box of the region that scrolls it, if any.
 */
export async function expectFocusInSight(page: Page): Promise<void> {
  const seen = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const line = el.getClientRects()[0] ?? el.getBoundingClientRect();
    const top = document.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2);
    const region = el.parentElement?.closest('[role="region"]');
    const view = region?.getBoundingClientRect();
    const inRegion =
      !region || !view || (line.left >= view.left - 0.5 && line.right <= view.left + region.clientWidth + 0.5);
    return {
      focused: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '',
      onTop: !!top && el.contains(top),
      inRegion,
    };
  });
  expect(seen).toEqual({ focused: seen.focused, onTop: true, inRegion: true });
}

/**
 * The focus ring of the element with the keyboard focus is drawn whole (WCAG 2.4.7, RGAA 10.7): its outline (around
 * each of its boxes, one per line for a link that wraps, by the outline's offset and width) and its outer shadows
 * lie within each box that cuts off what overflows it (a region that scrolls sideways cuts its content off on all
 * four sides) and within the window's width. In a table's names column, stuck over the cells scrolled under it, the
 * ring also ends above the cell's bottom: the next row's name is drawn over what passes it. Answers the sides cut
 * off, and by how many pixels, besides what has the focus.
 */
export async function expectFocusRingWhole(page: Page): Promise<void> {
  const seen = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const px = (value: string) => parseFloat(value) || 0;
    const outline = style.outlineStyle === 'none' ? 0 : Math.max(0, px(style.outlineWidth) + px(style.outlineOffset));
    // Outer shadows only ("rgb(11, 12, 12) 0px 4px 0px 0px"): x, y, blur, spread.
    const shadows = (style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/))
      .filter((shadow) => !/\binset\b/.test(shadow))
      .map((shadow) => [...shadow.replace(/rgba?\([^)]*\)/, '').matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1])))
      .map(([x = 0, y = 0, blur = 0, spread = 0]) => ({ x, y, reach: blur + spread }));
    let ring = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
    for (const box of el.getClientRects()) {
      const left = [box.left - outline, ...shadows.map((s) => box.left + s.x - s.reach)];
      const right = [box.right + outline, ...shadows.map((s) => box.right + s.x + s.reach)];
      const top = [box.top - outline, ...shadows.map((s) => box.top + s.y - s.reach)];
      const bottom = [box.bottom + outline, ...shadows.map((s) => box.bottom + s.y + s.reach)];
      ring = {
        left: Math.min(ring.left, ...left),
        right: Math.max(ring.right, ...right),
        top: Math.min(ring.top, ...top),
        bottom: Math.max(ring.bottom, ...bottom),
      };
    }
    const cut: string[] = [];
    // Half a pixel of rounding either side.
    const within = (where: string, clip: { left: number; top: number; right: number; bottom: number }) => {
      for (const side of ['left', 'top'] as const)
        if (ring[side] < clip[side] - 0.5) cut.push(`${side} ${Math.round(clip[side] - ring[side])} px by ${where}`);
      for (const side of ['right', 'bottom'] as const)
        if (ring[side] > clip[side] + 0.5) cut.push(`${side} ${Math.round(ring[side] - clip[side])} px by ${where}`);
    };
    within('the window', { left: 0, right: document.documentElement.clientWidth, top: -Infinity, bottom: Infinity });
    for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
      const { overflowX, overflowY } = getComputedStyle(box);
      if (overflowX === 'visible' && overflowY === 'visible') continue;
      const outer = box.getBoundingClientRect();
      const left = outer.left + box.clientLeft;
      const top = outer.top + box.clientTop;
      within(box.getAttribute('role') ?? box.tagName.toLowerCase(), {
        left,
        top,
        right: left + box.clientWidth,
        bottom: top + box.clientHeight,
      });
    }
    const cell = el.closest('th, td');
    if (cell && getComputedStyle(cell).position === 'sticky')
      within('the next row', {
        left: -Infinity,
        top: -Infinity,
        right: Infinity,
        bottom: cell.getBoundingClientRect().bottom,
      });
    return { focused: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '', cut };
  });
  expect(seen).toEqual({ focused: seen.focused, cut: [] });
}

/** What has the keyboard focus: its tag, id and accessible text. */
export async function focused(page: Page): Promise<{ tag: string; id: string; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: (el?.getAttribute('aria-label') ?? el?.textContent ?? (el as HTMLInputElement | null)?.value ?? '').trim(),
    };
  });
}

/** Presses Tab until `target` has the focus; fails after `max` presses (the element cannot be reached by keyboard). */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Not reachable with Tab in ${max} presses: ${target.toString()}`);
}

/** What a locator shows, spaces normalised (Intl puts narrow no-break spaces in French numbers). */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/[\u00a0\u202f]/g, ' ').replace(/[ \t]*\n+/g, '\n');
}

/** A locator's text content as a screen reader reads it in one go (visually hidden parts included), spaces collapsed. */
export async function spokenText(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Types into the field that has the focus, as a keyboard user would. */
export async function typeText(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
}

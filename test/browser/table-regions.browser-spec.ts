import { Browser, Locator, Page } from 'playwright-core';
import { Role } from '@quorum/access';
import { DEMO_OPEN_BUDGET, DEMO_PAST_BUDGET } from '../../apps/cli/src/seed/demo-budgets.content';
import { DEMO_PROPOSALS } from '../../apps/cli/src/seed/demo-consultation.content';
import { ADD_PROJECT, CLOSE, createBudget, OPEN, PUBLISH, seedBallots, waitForBudget } from '../utils/budgets.factory';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { startTestWorker, TestWorker } from '../utils/test-worker';
import { createUser, TestUser } from '../utils/users.factory';
import { signIn } from './support/accounts';
import {
  expectAccessible,
  expectFocusInSight,
  expectFocusRingWhole,
  expectNamesInView,
  launchBrowser,
  tabTo,
  VISITORS,
  withVisitor,
} from './support/browser';
import { screenshotAround } from './support/screenshots';
import { startWebApp, WebApp } from './support/web-app';

/** The demo's project and proposal names, longest first: the names a table's first column has to hold. */
const NAMES = [...DEMO_PAST_BUDGET.projects, ...DEMO_OPEN_BUDGET.projects, ...DEMO_PROPOSALS]
  .map((p) => p.title)
  .sort((a, b) => b.length - a.length);

describe('tables that scroll sideways: focus and names column', () => {
  let web: WebApp;
  let browser: Browser;
  let worker: TestWorker;
  let staff: TestUser;
  let consultationId: string;
  let budgetId: string;

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    worker = await startTestWorker(web.api.config);
    staff = await createUser(web.api, { role: Role.STAFF, displayName: 'Agent Tableaux' });
    const consultation = await createConsultation(web.api, staff.token);
    consultationId = consultation.id;
    const authors = [(await createUser(web.api, { displayName: 'Autrice' })).id];
    await insertProposals(web.api, consultationId, authors, 8, { title: (i) => NAMES[i] });
    const budget = await createBudget(web.api, staff.token, {
      ballotType: 'APPROVAL',
      costs: [],
      open: false,
      totalAmount: 100_000,
      extra: { title: 'Budget des noms longs' },
    });
    budgetId = budget.budgetId;
    for (const [i, title] of NAMES.slice(0, 8).entries())
      await web.api.gql.as(staff.token).ok(ADD_PROJECT, { input: { budgetId, title, cost: 10_000 + i * 3_000 } });
    await web.api.gql.as(staff.token).ok(OPEN, { id: budgetId });
    await seedBallots(web.api.db, budgetId, 40, 3);
    await web.api.gql.as(staff.token).ok(CLOSE, { id: budgetId });
    await waitForBudget(web.api, staff.token, budgetId, (b) => b.status === 'TALLIED', 'tallied');
    await web.api.gql.as(staff.token).ok(PUBLISH, { id: budgetId });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await web?.close();
  });

  /** The table's region, scrolled to its far right (where it scrolls), given the focus with the keyboard. */
  async function focusRegion(page: Page, region: Locator): Promise<void> {
    await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await tabTo(page, region, 120);
  }

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const shot = `${options.width ?? 1280}-${name.startsWith('JavaScript on') ? 'js' : 'nojs'}`;

    it('draws the focus ring of a results table’s region whole', async () => {
      await withVisitor(browser, web.api.url, options, async ({ page }) => {
        await page.goto(`/budgets-participatifs/${budgetId}/resultats`);
        const region = page.getByRole('region', { name: /^Voix par projet, et projets financés/ });
        await focusRegion(page, region);
        await expectFocusRingWhole(page);
        await screenshotAround(page, region, `table-region-public-${shot}`);
        await expectAccessible(page);
      });
    });

    it('draws the focus rings of a back-office table’s region and of the links in its names column whole', async () => {
      await withVisitor(browser, web.api.url, options, async ({ page }) => {
        await signIn(page, staff.email);
        await page.goto(`/gestion/consultations/${consultationId}/propositions`);
        const region = page.getByRole('region', { name: 'Propositions, les plus soutenues d’abord' });
        await focusRegion(page, region);
        await expectFocusRingWhole(page);
        await screenshotAround(page, region, `table-region-staff-${shot}`);
        const links = region.locator('tbody th[scope="row"] a');
        expect(await links.count()).toBe(8);
        for (let i = 0; i < 8; i++) {
          await tabTo(page, links.nth(i), 4);
          await expectFocusRingWhole(page);
          await expectFocusInSight(page);
          if (i === 0) await screenshotAround(page, region, `table-region-staff-link-${shot}`);
        }
        await expectAccessible(page);
      });
    });
  });

  it('keeps a back-office table’s rows a few lines high at 320 px: names over 55 % of it, in at most 5 lines', async () => {
    await withVisitor(browser, web.api.url, { javaScript: false, width: 320 }, async ({ page }) => {
      await signIn(page, staff.email);
      await page.goto(`/gestion/consultations/${consultationId}/propositions`);
      const region = page.getByRole('region', { name: 'Propositions, les plus soutenues d’abord' });
      // Each row is still named by its proposal (its row header), and the names stay in view as the table scrolls.
      for (const title of NAMES.slice(0, 8))
        expect(await region.getByRole('rowheader', { name: title }).count()).toBe(1);
      await expectNamesInView(region);
      const lines = await region.locator('tbody th[scope="row"]').evaluateAll((cells) =>
        cells.map((cell) => {
          const style = getComputedStyle(cell);
          const text =
            cell.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
          return {
            name: cell.textContent!.trim(),
            lines: Math.round((text - parseFloat(style.borderBottomWidth)) / parseFloat(style.lineHeight)),
          };
        }),
      );
      // Six lines each when the names were held to 45 % of the region (a DejaVu font, wider than most phones').
      expect(lines.filter((row) => row.lines > 5)).toEqual([]);
      const share = await region.evaluate(
        (el) => el.querySelector('tbody th[scope="row"]')!.getBoundingClientRect().width / el.clientWidth,
      );
      expect(share).toBeGreaterThan(0.54);
      await screenshotAround(page, region, 'table-region-staff-names-320');
    });
  });
});

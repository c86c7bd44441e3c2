import { randomBytes } from 'node:crypto';
import { Browser, Page } from 'playwright-core';
import { Role } from '@quorum/access';
import { createBudget } from '../utils/budgets.factory';
import { createUser, insertCensusCodes, TestUser } from '../utils/users.factory';
import { signIn } from './support/accounts';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  launchBrowser,
  newVisitor,
  textOf,
  VISITORS,
} from './support/browser';
import { screenshot } from './support/screenshots';
import { startWebApp, WebApp } from './support/web-app';

/** The back office's paper ballots (issue #22, point 1): the polling register and one sheet at a time; JavaScript on and off. */
describe('back office: paper ballots', () => {
  let web: WebApp;
  let browser: Browser;
  let staff: TestUser;

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    staff = await createUser(web.api, { role: Role.STAFF });
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  const status = (page: Page) => page.getByRole('status').innerText();

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();

    it('marks a person by census code, refuses a sheet breaking a rule at its field, records it as spoiled when said so, and counts a valid one', async () => {
      const { budgetId } = await createBudget(web.api, staff.token, {
        ballotType: 'APPROVAL',
        costs: [100, 200, 300],
        extra: { paperPrecedence: 'PAPER_WINS', maxProjects: 2 },
      });
      const code = `B${randomBytes(6).toString('hex').toUpperCase()}`;
      await insertCensusCodes(web.api, [code]);
      const { page } = await newVisitor(browser, web.api.url, options);
      const check = async (shot: string) => {
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);
        await screenshot(page, `staff-paper-${shot}-${slug}`);
      };
      await signIn(page, staff.email);
      await page.goto(`/gestion/budgets/${budgetId}`);
      await page.getByRole('link', { name: 'Saisir les bulletins papier et l’émargement' }).click();
      await page.waitForURL(`**/gestion/budgets/${budgetId}/bulletins-papier`);
      await check('page');

      // The register: an unknown code is refused at its field; the right one is marked.
      await page.getByLabel('Code de recensement').fill('INCONNU999');
      await page.getByRole('button', { name: 'Émarger' }).click();
      expect(await page.getByRole('alert').innerText()).toContain('Personne n’a ce code dans le recensement');
      expect(await page.getByLabel('Code de recensement').getAttribute('aria-invalid')).toBe('true');
      await check('mark-refused');
      await page.getByLabel('Code de recensement').fill(code.toLowerCase());
      await page.getByRole('button', { name: 'Émarger' }).click();
      await page.waitForURL(`**/gestion/budgets/${budgetId}/bulletins-papier`);
      expect(await status(page)).toBe('Émargement enregistré : remettez un bulletin à la personne.');

      // A sheet with three projects where two at most are allowed: said at the field, nothing recorded.
      await page.getByLabel('Bureau de vote ou urne').fill('Bureau 4 – Saint-Cyprien');
      for (const project of ['Project 1', 'Project 2', 'Project 3'])
        await page.getByLabel(project, { exact: false }).check();
      await page.getByRole('button', { name: 'Enregistrer le bulletin' }).click();
      expect(await page.getByRole('alert').innerText()).toContain('Choisissez au plus 2 projets');
      expect(await page.getByLabel('Bureau de vote ou urne').inputValue()).toBe('Bureau 4 – Saint-Cyprien');
      await check('sheet-refused');
      const [{ n: before }] = await web.api.db.query(
        `SELECT count(*)::int AS n FROM paper_ballot_batches WHERE budget_id = $1`,
        [budgetId],
      );
      expect(before).toBe(0);

      // It really is so: recorded as spoiled, and the polling place is kept for the next sheet.
      await page.getByLabel('Bulletin nul : l’enregistrer tel quel, compté comme nul').check();
      await page.getByRole('button', { name: 'Enregistrer le bulletin' }).click();
      await page.waitForURL(/bulletins-papier\?bureau=/);
      expect(await status(page)).toContain('enregistré comme nul');
      expect(await page.getByLabel('Bureau de vote ou urne').inputValue()).toBe('Bureau 4 – Saint-Cyprien');

      await page.getByLabel('Project 2', { exact: false }).check();
      await page.getByRole('button', { name: 'Enregistrer le bulletin' }).click();
      await page.waitForURL(/bulletins-papier\?bureau=/);
      expect(await status(page)).toBe('Le bulletin est enregistré et compté. Saisissez le suivant.');
      const figures = await textOf(page.locator('.facts'));
      expect(figures).toMatch(/Papier\s*1/);
      const batches = await textOf(page.locator('table'));
      expect(batches).toContain('Bureau 4 – Saint-Cyprien');
      await check('sheet-counted');
    });
  });
});

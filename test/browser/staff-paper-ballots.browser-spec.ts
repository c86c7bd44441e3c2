import { randomBytes } from 'node:crypto';
import { Page } from 'playwright-core';
import { Role } from '@quorum/access';
import { createBudget } from '../utils/budgets.factory';
import { createUser, insertCensusCodes } from '../utils/users.factory';
import { signIn } from './support/accounts';
import {
  expectAccessible,
  expectNamesInView,
  expectNoHorizontalScroll,
  newVisitor,
  textOf,
  VISITORS,
  withVisitor,
} from './support/browser';
import { screenshot } from './support/screenshots';
import { siteSession } from './support/site-session';

/** The back office's paper ballots (issue #22, point 1): the polling register and one sheet at a time; JavaScript on and off. */
describe('back office: paper ballots', () => {
  const site = siteSession({ staff: true });

  const status = (page: Page) => page.getByRole('status').innerText();

  it("double entry without JavaScript at 320 px: a first entry sheet by sheet, another agent's second entry, its differences, and their resolution", async () => {
    const { budgetId } = await createBudget(site.web.api, site.staff.token, {
      ballotType: 'APPROVAL',
      costs: [100, 200, 300],
      extra: { paperPrecedence: 'PAPER_WINS', maxProjects: 2 },
    });
    const other = await createUser(site.web.api, { role: Role.STAFF });
    const first = await newVisitor(site.browser, site.web.api.url, { javaScript: false, width: 320 });
    const second = await newVisitor(site.browser, site.web.api.url, { javaScript: false, width: 320 });
    const press = async (page: Page, name: string) => {
      await Promise.all([page.waitForLoadState(), page.getByRole('button', { name, exact: true }).click()]);
      await page.waitForLoadState();
    };
    const enter = async (page: Page, projects: string[], spoiled = false) => {
      for (const project of projects) await page.getByLabel(project, { exact: true }).check();
      if (spoiled) await page.getByLabel('Bulletin nul : l’enregistrer tel quel, compté comme nul').check();
      await press(page, 'Ajouter ce bulletin au lot');
    };
    const entered = (page: Page) => page.locator('ol.paper-sheets li').allInnerTexts();
    try {
      // The first agent starts a batch from the paper ballots page, with its polling place.
      await signIn(first.page, site.staff.email, undefined, `/gestion/budgets/${budgetId}/bulletins-papier`);
      await first.page.getByLabel('Bureau ou urne d’où vient le lot').fill('Bureau 9');
      await press(first.page, 'Commencer un lot en saisie double');
      await first.page.waitForURL(/saisie-double\?bureau=Bureau(\+|%20)9/);
      expect(await textOf(first.page.locator('main'))).toContain('Bureau de vote ou urne : Bureau 9.');

      // Sheet by sheet: a sheet breaking a rule is said at its field, then added as spoiled when it is so.
      await enter(first.page, ['Project 1']);
      expect(await status(first.page)).toBe('Bulletin n° 1 ajouté au lot. Saisissez le suivant.');
      await enter(first.page, ['Project 1', 'Project 2', 'Project 3']);
      expect(await first.page.getByRole('alert').innerText()).toContain('Choisissez au plus 2 projets');
      expect(await first.page.getByLabel('Project 3', { exact: true }).isChecked()).toBe(true);
      await enter(first.page, [], true);
      await enter(first.page, ['Project 2']);
      await press(first.page, 'Retirer le dernier bulletin saisi');
      await enter(first.page, ['Project 3']);
      expect(await entered(first.page)).toEqual(['Project 1', 'Project 1, Project 2, Project 3 (nul)', 'Project 3']);
      await expectAccessible(first.page);
      await expectNoHorizontalScroll(first.page);
      await screenshot(first.page, 'staff-paper-double-first');
      await press(first.page, 'Enregistrer les 3 bulletins du lot');
      await first.page.waitForURL(/\/bulletins-papier\/lots\/[0-9a-f-]{36}$/);
      const batchUrl = first.page.url();
      expect(await status(first.page)).toContain('Première saisie enregistrée.');
      expect(await textOf(first.page.locator('main'))).toContain(
        'Vous avez fait la première saisie de ce lot : la seconde doit être faite par un autre agent.',
      );
      expect(await first.page.getByRole('button', { name: 'Ajouter ce bulletin au lot' }).count()).toBe(0);
      const awaiting =
        'Première saisie : 3 bulletins. Leur contenu n’est montré qu’à l’agent qui l’a faite jusqu’à la seconde saisie.';
      expect(await textOf(first.page.locator('main'))).toContain(awaiting);
      // Their own entry's split is theirs to see.
      expect(await textOf(first.page.locator('main'))).toContain('Bulletins valables : 2. Bulletins nuls : 1.');
      // The first agent's list of batches gives their entry's valid / spoiled split, as the API gives it to them.
      await first.page.goto(`/gestion/budgets/${budgetId}/bulletins-papier`);
      const cells = (page: Page) =>
        page
          .getByRole('row', { name: /Bureau 9/ })
          .getByRole('cell')
          .allInnerTexts();
      expect((await cells(first.page)).slice(0, 4)).toEqual(['En attente de la seconde saisie', '3', '2', '1']);
      await expectAccessible(first.page);
      await expectNoHorizontalScroll(first.page);
      await screenshot(first.page, 'staff-paper-double-list-first');
      // At 320 px the batches scroll sideways within their region; their caption, the table's name, stays in view.
      await expectNamesInView(first.page.getByRole('region', { name: 'Lots de bulletins papier, du plus ancien' }));

      // Another agent finds it in the batches and enters it again, reading the last sheet differently.
      await signIn(second.page, other.email, undefined, `/gestion/budgets/${budgetId}/bulletins-papier`);
      // Their list gives the number of sheets, not the first entry's valid / spoiled split.
      expect((await cells(second.page)).slice(0, 3)).toEqual([
        'En attente de la seconde saisie',
        '3',
        'Connus après la seconde saisie',
      ]);
      await screenshot(second.page, 'staff-paper-double-list-second');
      await second.page.getByRole('link', { name: 'Faire la seconde saisie – Bureau 9' }).click();
      await second.page.waitForURL(batchUrl);
      // What the first agent entered is not on the page: its count only, and an empty entry of its own.
      expect(await textOf(second.page.locator('main'))).toContain(awaiting);
      expect(await textOf(second.page.locator('main'))).not.toContain('Bulletins valables');
      expect(await entered(second.page)).toEqual([]);
      await enter(second.page, ['Project 1']);
      await enter(second.page, ['Project 1', 'Project 2', 'Project 3'], true);
      await enter(second.page, ['Project 2']);
      await press(second.page, 'Enregistrer les 3 bulletins du lot');
      await second.page.waitForURL(batchUrl);
      expect(await status(second.page)).toContain('Les deux saisies diffèrent');
      const differences = await second.page.locator('tbody tr').allInnerTexts();
      expect(differences.map((row) => row.split(/\s*\t\s*|\n/))).toEqual([['Bulletin n° 3', 'Project 3', 'Project 2']]);
      const [{ paper: before }] = await site.web.api.db.query(
        `SELECT count(*)::int AS paper FROM ballots WHERE budget_id = $1 AND channel = 'PAPER'`,
        [budgetId],
      );
      expect(before).toBe(0);
      // The first agent sees the differences, but the entry in dispute is theirs: no form to resolve it.
      await first.page.goto(batchUrl);
      expect(await textOf(first.page.locator('main'))).toContain('celle qui est en cause');
      expect(await first.page.getByRole('button', { name: 'Résoudre le lot avec ces lectures' }).count()).toBe(0);

      // Resolved by the reading kept, which has to be chosen.
      await press(second.page, 'Résoudre le lot avec ces lectures');
      expect(await second.page.getByRole('alert').innerText()).toContain(
        'Choisissez la lecture juste du bulletin n° 3',
      );
      await expectAccessible(second.page);
      await expectNoHorizontalScroll(second.page);
      await screenshot(second.page, 'staff-paper-double-different');
      await expectNamesInView(second.page.getByRole('region', { name: '1 bulletin lu différemment' }));
      await second.page.getByLabel('Première saisie : Project 3').check();
      await press(second.page, 'Résoudre le lot avec ces lectures');
      await second.page.waitForURL(batchUrl);
      expect(await status(second.page)).toBe('Le lot est résolu : il compte.');
      expect(await textOf(second.page.locator('main'))).toContain('Bulletins valables : 2. Bulletins nuls : 1.');
      const [{ paper }] = await site.web.api.db.query(
        `SELECT count(*)::int AS paper FROM ballots WHERE budget_id = $1 AND channel = 'PAPER'`,
        [budgetId],
      );
      expect(paper).toBe(2);
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();

    it('marks a person by census code, refuses a sheet breaking a rule at its field, records it as spoiled when said so, and counts a valid one', async () => {
      const { budgetId } = await createBudget(site.web.api, site.staff.token, {
        ballotType: 'APPROVAL',
        costs: [100, 200, 300],
        extra: { paperPrecedence: 'PAPER_WINS', maxProjects: 2 },
      });
      const code = `B${randomBytes(6).toString('hex').toUpperCase()}`;
      await insertCensusCodes(site.web.api, [code]);
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        const check = async (shot: string) => {
          await expectAccessible(page);
          if (options.width === 320) await expectNoHorizontalScroll(page);
          await screenshot(page, `staff-paper-${shot}-${slug}`);
        };
        await signIn(page, site.staff.email);
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
        const [{ n: before }] = await site.web.api.db.query(
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
});

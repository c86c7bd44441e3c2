import { Page } from 'playwright-core';
import { BudgetTallyService } from '@quorum/budgets';
import { isoToLocal } from '../../libs/web/src/staff/budgets/local-date-time';
import { CAST, createBudget, OPEN } from '../utils/budgets.factory';
import { createUser } from '../utils/users.factory';
import { signIn } from './support/accounts';
import { expectAccessible, expectNoHorizontalScroll, textOf, VISITORS, withVisitor } from './support/browser';
import { checkPage } from './support/page-checks';
import { screenshot } from './support/screenshots';
import { siteSession } from './support/site-session';

const DAY = 24 * 3600 * 1000;

/** A time of the commune as a datetime-local field takes it, `days` from now (whole minutes). */
const inDays = (days: number) => isoToLocal(new Date(Date.now() + days * DAY).toISOString(), 'Europe/Paris');

/** The back office's budgets (issue #21, point 4): create, add projects, assess feasibility, open; JavaScript on and off. */
describe('back office: participatory budgets', () => {
  const site = siteSession({ staff: true });

  const status = (page: Page) => page.getByRole('status').innerText();

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();

    it('creates a draft, adds projects, explains an unfeasible one, opens the vote, and the log shows each step', async () => {
      const title = `Budget des parcs ${slug}`;
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        const check = (shot: string) => checkPage(page, options, `staff-budget-${shot}-${slug}`);
        await signIn(page, site.staff.email);
        await page.goto('/gestion');
        await page
          .getByRole('navigation', { name: 'Gestion' })
          .getByRole('link', { name: 'Budgets participatifs' })
          .click();
        await page.waitForURL('**/gestion/budgets');
        await page.getByRole('link', { name: 'Créer un budget' }).click();
        await page.waitForURL('**/gestion/budgets/nouveau');
        await check('new');

        // Refused: no title, and a closing before the opening; what was typed stays.
        await page.getByLabel('Montant total, en euros').fill('1 500');
        await page.getByLabel('Ouverture du vote').fill(inDays(8));
        await page.getByLabel('Clôture du vote').fill(inDays(1));
        await page.getByRole('button', { name: 'Créer le budget' }).click();
        expect(await page.title()).toMatch(/^Erreur : Créer un budget/);
        expect(await page.getByRole('alert').innerText()).toContain('Saisissez le titre du budget');
        expect(await page.getByLabel('Titre').getAttribute('aria-invalid')).toBe('true');
        expect(await page.getByLabel('Montant total, en euros').inputValue()).toBe('1 500');
        await page.getByLabel('Titre').fill(title);
        await page.getByRole('button', { name: 'Créer le budget' }).click();
        expect(await page.getByRole('alert').innerText()).toContain(
          'La clôture doit être une date valide, après l’ouverture',
        );
        expect(await page.getByLabel('Clôture du vote').getAttribute('aria-invalid')).toBe('true');
        await check('new-refused');
        await page.getByLabel('Ouverture du vote').fill(inDays(1));
        await page.getByLabel('Clôture du vote').fill(inDays(8));
        await page.getByRole('button', { name: 'Créer le budget' }).click();
        await page.waitForURL(/\/gestion\/budgets\/[0-9a-f-]{36}$/);
        const budgetId = page.url().split('/').pop()!;
        expect(await status(page)).toBe('Le budget est créé (brouillon). Ajoutez ses projets, puis ouvrez le vote.');
        expect(await textOf(page.locator('.staff-facts'))).toContain('1 500 €');

        // Projects: a refusal, then two.
        await page.getByRole('button', { name: 'Ajouter le projet' }).click();
        expect(await page.getByRole('alert').innerText()).toContain('Saisissez le titre du projet');
        await page.getByLabel('Titre du projet').fill('Bancs au jardin');
        await page.getByLabel('Coût, en euros').fill('600');
        await page.getByRole('button', { name: 'Ajouter le projet' }).click();
        await page.waitForURL(`**/gestion/budgets/${budgetId}`);
        expect(await status(page)).toBe('Le projet est ajouté.');
        await page.getByLabel('Titre du projet').fill('Fontaine monumentale');
        await page.getByLabel('Coût, en euros').fill('900');
        await page.getByRole('button', { name: 'Ajouter le projet' }).click();
        await page.waitForURL(`**/gestion/budgets/${budgetId}`);
        // The message sits below the back office's navigation, next to the page it speaks of.
        expect(await page.locator('.staff-nav + .flash[role="status"]').count()).toBe(1);
        await check('budget');
        // The projects' table is whole at every width: no column hidden behind a scroll.
        const projects = page.locator('.table-scroll', { has: page.locator('#projects-caption') });
        const { scrollWidth, clientWidth } = await projects.evaluate((e) => ({
          scrollWidth: e.scrollWidth,
          clientWidth: e.clientWidth,
        }));
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);

        // Feasibility: unfeasible needs its explanation, which residents will read.
        await page.getByRole('link', { name: 'Évaluer la faisabilité – Fontaine monumentale' }).click();
        await page.getByLabel('Non faisable : il ne sera pas sur le bulletin').check();
        await page.getByRole('button', { name: 'Enregistrer l’évaluation' }).click();
        expect(await page.getByRole('alert').innerText()).toContain('Expliquez pourquoi le projet n’est pas faisable');
        expect(await page.getByLabel('Non faisable : il ne sera pas sur le bulletin').isChecked()).toBe(true);
        await check('feasibility-refused');
        await page.getByLabel('Explication').fill('Le réseau d’eau du jardin ne le permet pas.');
        await page.getByRole('button', { name: 'Enregistrer l’évaluation' }).click();
        await page.waitForURL(`**/gestion/budgets/${budgetId}`);
        expect(await status(page)).toBe('L’évaluation du projet est enregistrée.');
        const fountain = page.locator('tbody tr', { hasText: 'Fontaine monumentale' });
        expect(await textOf(fountain)).toContain('Non faisable');
        expect(await textOf(fountain)).toContain('Le réseau d’eau du jardin ne le permet pas.');

        // The calendar: a closing before the opening is refused at its field; then moved.
        const calendar = page.locator('form', { has: page.getByRole('button', { name: 'Enregistrer le calendrier' }) });
        await calendar.getByLabel('Clôture du vote').fill(inDays(0.5));
        await calendar.getByRole('button', { name: 'Enregistrer le calendrier' }).click();
        expect(await page.getByRole('alert').innerText()).toContain(
          'La clôture doit être une date valide, après l’ouverture',
        );
        expect(await page.locator('#scheduleClosesAt').getAttribute('aria-invalid')).toBe('true');
        await check('schedule-refused');
        await page.locator('#scheduleClosesAt').fill(inDays(10));
        await page.getByRole('button', { name: 'Enregistrer le calendrier' }).click();
        await page.waitForURL(`**/gestion/budgets/${budgetId}`);
        expect(await status(page)).toBe('Le calendrier du vote est modifié.');

        await page.getByRole('button', { name: 'Ouvrir le vote' }).click();
        await page.waitForURL(`**/gestion/budgets/${budgetId}`);
        expect(await status(page)).toBe('Le vote est ouvert. Les projets ne peuvent plus changer.');
        expect(await textOf(page.locator('.staff-facts'))).toContain('Vote ouvert');
        expect(await page.getByRole('button', { name: 'Ajouter le projet' }).count()).toBe(0);

        // Every step is in the audit log, under the budget.
        for (const [action, rows] of [
          ['budget.create', 1],
          ['budget.project.add', 2],
          ['budget.project.feasibility', 1],
          ['budget.reschedule', 1],
          ['budget.open', 1],
        ] as const) {
          await page.goto(`/gestion/journal?action=${action}`);
          const found = page.locator('tbody tr', { hasText: budgetId });
          expect({ action, rows: await found.count() }).toEqual({ action, rows });
          expect(await textOf(found.first())).toContain('Agent');
        }
      });
    }, 180_000);
  });

  it('changes a project of a draft, refusals at their fields, no longer once the vote is open; the log shows it', async () => {
    // A plain form: JavaScript off, at 320 px, is the case that could differ.
    const { budgetId, projectIds } = await createBudget(site.web.api, site.staff.token, {
      open: false,
      totalAmount: 2000,
      costs: [700, 300],
    });
    await site.web.api.db.query(`UPDATE budget_projects SET title = 'Kiosque à musique' WHERE id = $1`, [
      projectIds[0],
    ]);
    await withVisitor(site.browser, site.web.api.url, { javaScript: false, width: 320 }, async ({ page }) => {
      await signIn(page, site.staff.email);
      await page.goto(`/gestion/budgets/${budgetId}`);
      await page.getByRole('link', { name: 'Modifier – Kiosque à musique' }).click();
      await page.waitForURL(`**/gestion/budgets/${budgetId}/projets/${projectIds[0]}`);
      expect(await page.locator('h1').innerText()).toBe('Modifier le projet : Kiosque à musique');
      expect(await page.getByLabel('Titre du projet').inputValue()).toBe('Kiosque à musique');
      expect(await page.getByLabel('Coût, en euros').inputValue()).toBe('700');

      // More than the whole budget, and no title: both said at the top and at their fields; what was typed stays.
      await page.getByLabel('Titre du projet').fill('');
      await page.getByRole('button', { name: 'Enregistrer le projet' }).click();
      expect(await page.getByRole('alert').innerText()).toContain('Saisissez le titre du projet');
      await page.getByLabel('Titre du projet').fill('Kiosque à musique rénové');
      await page.getByLabel('Coût, en euros').fill('2 500');
      await page.getByRole('button', { name: 'Enregistrer le projet' }).click();
      expect(await page.title()).toMatch(/^Erreur : Modifier le projet/);
      expect(await page.getByRole('alert').innerText()).toContain('au plus le montant total du budget');
      expect(await page.getByLabel('Coût, en euros').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel('Titre du projet').inputValue()).toBe('Kiosque à musique rénové');
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
      await screenshot(page, 'staff-budget-project-refused');

      await page.getByLabel('Coût, en euros').fill('1 250');
      await page.getByLabel('Description du projet').fill('Toiture et éclairage du kiosque.');
      await page.getByRole('button', { name: 'Enregistrer le projet' }).click();
      await page.waitForURL(`**/gestion/budgets/${budgetId}`);
      expect(await status(page)).toBe('Le projet est modifié. Le changement est inscrit au journal d’audit.');
      const row = page.locator('tbody tr', { hasText: 'Kiosque à musique rénové' });
      expect(await textOf(row)).toContain('1 250 €');
      const { budget } = await site.web.api.gql
        .as(site.staff.token)
        .ok(`query($id: ID!) { budget(id: $id) { projects { id description } } }`, { id: budgetId });
      expect(budget.projects[0]).toEqual({ id: projectIds[0], description: 'Toiture et éclairage du kiosque.' });

      // Once the vote is open, residents vote on the projects as they were: no link, and the page says why.
      await site.web.api.gql.as(site.staff.token).ok(OPEN, { id: budgetId });
      await page.reload();
      expect(await page.getByRole('link', { name: /^Modifier – / }).count()).toBe(0);
      await page.goto(`/gestion/budgets/${budgetId}/projets/${projectIds[0]}`);
      expect(await page.locator('main').innerText()).toContain('Ce budget n’est plus un brouillon');
      expect(await page.getByRole('button', { name: 'Enregistrer le projet' }).count()).toBe(0);

      await page.goto('/gestion/journal?action=budget.project.update');
      const logged = page.locator('tbody tr', { hasText: budgetId });
      expect(await logged.count()).toBe(1);
      expect(await textOf(logged)).toContain('Agent');
    });
  }, 120_000);

  it('makes a vote group, creates a budget in it (exactly 2 projects, paper, from 16), and shows both on their pages (320 px, no JavaScript)', async () => {
    await withVisitor(site.browser, site.web.api.url, { javaScript: false, width: 320 }, async ({ page }) => {
      const group = `Ville et quartiers ${Date.now()}`;
      const check = async (shot: string) => {
        await expectAccessible(page);
        await expectNoHorizontalScroll(page);
        await screenshot(page, `staff-vote-group-${shot}`);
      };
      await signIn(page, site.staff.email, undefined, '/gestion/budgets');
      await page.getByRole('link', { name: 'Groupes de vote' }).click();
      await page.waitForURL('**/gestion/budgets/groupes');

      // "Up to N" without its N is refused at the field; what was typed stays.
      await page.getByLabel('Nom du groupe').fill(group);
      await page.getByLabel('Un nombre maximum, à préciser ci-dessous').check();
      await page.getByRole('button', { name: 'Créer le groupe' }).click();
      expect(await page.getByRole('alert').innerText()).toContain('Indiquez un nombre de 1 à 100');
      expect(await page.getByLabel('Nombre maximum de budgets').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel('Nom du groupe').inputValue()).toBe(group);
      await check('refused');
      await page.getByLabel('Nombre maximum de budgets').fill('2');
      await page.getByRole('button', { name: 'Créer le groupe' }).click();
      await page.waitForURL('**/gestion/budgets/groupes');
      expect(await status(page)).toContain('Le groupe est créé.');
      const listed = page.locator('.vote-groups > li', { hasText: group });
      expect(await textOf(listed)).toContain('Chaque personne vote dans 2 de ses budgets au plus.');

      // A budget of the group, with exactly two projects, paper ballots and an age limit.
      await page.goto('/gestion/budgets/nouveau');
      await page.getByLabel('Titre').fill(`Budget du quartier ${Date.now()}`);
      await page.getByLabel('Montant total, en euros').fill('10000');
      await page.getByLabel('Nombre minimum de projets par bulletin').fill('2');
      await page.getByLabel('Nombre maximum de projets par bulletin').fill('2');
      await page.getByLabel('Âge minimum').fill('16');
      await page.getByLabel('si une personne vote des deux façons, son vote papier compte').check();
      await page.getByLabel(`${group}. Chaque personne vote dans 2 de ses budgets au plus.`).check();
      await page.getByLabel('Ouverture du vote').fill(inDays(1));
      await page.getByLabel('Clôture du vote').fill(inDays(8));
      await page.getByRole('button', { name: 'Créer le budget' }).click();
      await page.waitForURL(/\/gestion\/budgets\/[0-9a-f-]{36}$/);
      const facts = await textOf(page.locator('.staff-facts'));
      for (const said of [
        'Choisissez exactement 2 projets.',
        'Il faut avoir au moins 16 ans dans l’année.',
        'En ligne et au bureau de vote ; si une personne vote des deux façons, son vote papier compte',
        group,
        'Chaque personne vote dans 2 de ses budgets au plus.',
      ])
        expect(facts).toContain(said);
      await check('budget');
      await page.getByRole('link', { name: group }).click();
      await page.waitForURL(/\/gestion\/budgets\/groupes#groupe-/);
      expect(await textOf(listed)).toContain('Budget du quartier');
    });
  });

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();

    it('closes the vote early, retries a failed count, reads the count under both rules, publishes', async () => {
      // Three projects (1000 €): 600 and 400 are each wanted by two residents, 500 by three.
      const budget = await createBudget(site.web.api, site.staff.token, {
        ballotType: 'APPROVAL',
        totalAmount: 1000,
        costs: [600, 400, 500],
      });
      await site.web.api.db.query(`UPDATE budgets SET title = $2 WHERE id = $1`, [
        budget.budgetId,
        `Budget à clore ${slug}`,
      ]);
      await site.web.api.db.query(`UPDATE budget_projects SET title = 'Projet ' || cost WHERE budget_id = $1`, [
        budget.budgetId,
      ]);
      const picks = [[0, 1], [0, 2], [1, 2], [2]];
      for (const pick of picks) {
        const voter = await createUser(site.web.api, { verified: true });
        await site.web.api.gql.as(voter.token).ok(CAST, {
          input: { budgetId: budget.budgetId, projectIds: pick.map((p) => budget.projectIds[p]) },
        });
      }
      const tally = site.web.api.app.get(BudgetTallyService, { strict: false });
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        const check = (shot: string) => checkPage(page, options, `staff-budget-${shot}-${slug}`);
        await signIn(page, site.staff.email);
        await page.goto('/gestion/budgets');
        await page.getByRole('link', { name: `Budget à clore ${slug}`, exact: true }).click();
        await page.getByRole('button', { name: 'Clore le vote maintenant' }).click();
        await page.waitForURL(`**/gestion/budgets/${budget.budgetId}`);
        expect(await status(page)).toBe('Le vote est clos. Le dépouillement est lancé.');
        expect(await page.locator('main').innerText()).toContain('le dépouillement en cours');

        // The worker's count fails (as a job would record it): staff read why and run it again.
        await tally.recordFailure(budget.budgetId, 'Fichier de bulletins illisible');
        await page.reload();
        expect(await page.locator('.panel').innerText()).toContain('Fichier de bulletins illisible');
        await check('tally-failed');
        await page.getByRole('button', { name: 'Relancer le dépouillement' }).click();
        await page.waitForURL(`**/gestion/budgets/${budget.budgetId}`);
        expect(await status(page)).toBe('Le dépouillement est relancé.');

        // The count done (the worker's job, run here): the result under the budget's rule and the other, unpublished.
        await tally.run(budget.budgetId);
        await page.reload();
        const main = await textOf(page.locator('main'));
        expect(main).toContain('Ce résultat n’est pas encore public');
        expect(main).toContain('4 bulletins');
        expect(
          await page
            .getByRole('table', { name: /^Projets retenus selon la règle du budget/ })
            .locator('tbody tr')
            .count(),
        ).toBeGreaterThan(0);
        expect(await page.getByRole('table', { name: /^Pour comparaison, selon l’autre règle/ }).count()).toBe(1);
        await check('tallied');
        const publicBefore = await site.web.api.gql.ok(`query($id: ID!) { budget(id: $id) { result { rule } } }`, {
          id: budget.budgetId,
        });
        expect(publicBefore.budget.result).toBeNull();

        await page.getByRole('button', { name: 'Publier le résultat' }).click();
        await page.waitForURL(`**/gestion/budgets/${budget.budgetId}`);
        expect(await status(page)).toBe('Le résultat est publié.');
        await page.getByRole('link', { name: 'Voir la page publique des résultats' }).click();
        await page.waitForURL(`**/budgets-participatifs/${budget.budgetId}/resultats`);

        for (const action of ['budget.close', 'budget.tally.retry', 'budget.publish']) {
          await page.goto(`/gestion/journal?action=${action}`);
          const found = page.locator('tbody tr', { hasText: budget.budgetId });
          expect({ action, rows: await found.count() }).toEqual({ action, rows: 1 });
          expect(await textOf(found)).toContain('Agent');
        }
      });
    }, 180_000);
  });
});

import { Page } from 'playwright-core';
import { isoToLocal } from '../../libs/web/src/staff/budgets/local-date-time';
import { createBudget } from '../utils/budgets.factory';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { createUser } from '../utils/users.factory';
import { signIn } from './support/accounts';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  textOf,
  VISITORS,
  VisitorOptions,
  withVisitor,
} from './support/browser';
import { screenshot } from './support/screenshots';
import { siteSession } from './support/site-session';

const DAY = 24 * 3600 * 1000;

/** A time of the commune as a datetime-local field takes it, `days` from now. */
const inDays = (days: number) => isoToLocal(new Date(Date.now() + days * DAY).toISOString(), 'Europe/Paris');

/**
 * The back office's consultations and proposals (issue #21, points 1 and 2):
 * create, edit, preview, publish and unpublish a consultation; filter its
 * proposals, answer one (saved, then published), make it a budget project.
 * JavaScript on and off; each action read back from the audit log.
 */
describe('back office: consultations and proposals', () => {
  const site = siteSession({ staff: true });

  const status = (page: Page) => page.getByRole('status').innerText();
  const alert = (page: Page) => page.getByRole('alert').innerText();

  /** The audit log, filtered by action, has `rows` entries about `subjectId`, each by an agent. */
  async function expectLogged(page: Page, subjectId: string, entries: [string, number][]): Promise<void> {
    for (const [action, rows] of entries) {
      await page.goto(`/gestion/journal?action=${action}`);
      const found = page.locator('tbody tr', { hasText: subjectId });
      expect({ action, rows: await found.count() }).toEqual({ action, rows });
      expect(await textOf(found.first())).toContain('Agent');
    }
  }

  function checker(page: Page, options: VisitorOptions, slug: string) {
    return async (shot: string) => {
      await expectAccessible(page);
      if (options.width === 320) await expectNoHorizontalScroll(page);
      await screenshot(page, `staff-consultations-${shot}-${slug}`);
    };
  }

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();

    it('creates a consultation with its phases, refuses bad dates at their field, previews, edits, publishes and unpublishes it', async () => {
      const title = `Plan vélo ${slug}`;
      const opens = inDays(1);
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        const check = checker(page, options, slug);
        await signIn(page, site.staff.email);
        await page.goto('/gestion');
        await page.getByRole('navigation', { name: 'Gestion' }).getByRole('link', { name: 'Consultations' }).click();
        await page.waitForURL('**/gestion/consultations');
        await page.getByRole('link', { name: 'Créer une consultation' }).click();
        await page.waitForURL('**/gestion/consultations/nouvelle');
        await check('new');

        // Refused before the API: no title; then a step with one date of two. What was typed stays.
        await page.getByLabel('Début – Dépôt des propositions').fill(opens);
        await page.getByRole('button', { name: 'Créer la consultation' }).click();
        expect(await page.title()).toMatch(/^Erreur : Créer une consultation/);
        expect(await alert(page)).toContain('Saisissez le titre de la consultation');
        expect(await page.getByLabel('Titre', { exact: true }).getAttribute('aria-invalid')).toBe('true');
        expect(await page.getByLabel('Début – Dépôt des propositions').inputValue()).toBe(opens);
        await page.getByLabel('Titre', { exact: true }).fill(title);
        await page.getByRole('button', { name: 'Créer la consultation' }).click();
        expect(await alert(page)).toContain('Saisissez les deux dates de l’étape, ou aucune pour la sauter');
        expect(await page.locator('#proposalsEnd').getAttribute('aria-invalid')).toBe('true');

        // Refused by the API, at the field it names: an end before the start.
        await page.getByLabel('Fin – Dépôt des propositions').fill(inDays(0.5));
        await page.getByRole('button', { name: 'Créer la consultation' }).click();
        expect(await alert(page)).toContain('La fin doit être une date valide, après le début');
        expect(await page.locator('#proposalsEnd').getAttribute('aria-invalid')).toBe('true');
        await check('new-refused');

        await page.getByLabel('Fin – Dépôt des propositions').fill(inDays(8));
        await page.getByLabel('Début – Soutiens').fill(inDays(8));
        await page.getByLabel('Fin – Soutiens').fill(inDays(15));
        await page.getByLabel('Catégories, une par ligne').fill('Mobilité\nStationnement');
        await page.getByLabel('Seuil de soutiens').fill('3');
        await page.getByRole('button', { name: 'Créer la consultation' }).click();
        await page.waitForURL(/\/gestion\/consultations\/[0-9a-f-]{36}$/);
        const consultationId = page.url().split('/').pop()!;
        expect(await status(page)).toBe(
          'La consultation est créée, sans être publiée. Prévisualisez-la, puis publiez-la.',
        );
        expect(await textOf(page.locator('.staff-facts'))).toContain('Non publiée');
        expect(await page.getByLabel('Seuil de soutiens').inputValue()).toBe('3');
        await check('consultation');

        // The residents' page, under the preview banner; residents do not see it yet.
        await page.getByRole('link', { name: 'Prévisualiser la page des habitants' }).click();
        await page.waitForURL(`**/gestion/consultations/${consultationId}/apercu`);
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
        const preview = await textOf(page.locator('main'));
        expect(preview).toContain('Aperçu pour les agents');
        expect(preview).toContain('les habitants ne la voient pas encore');
        expect(preview).toContain('Stationnement');
        expect(preview).toContain('3 soutiens');
        await check('preview');
        expect(
          await site.web.api.gql.errorCode(`query($id: ID!) { consultation(id: $id) { id } }`, { id: consultationId }),
        ).toBe('NOT_FOUND');
        await page.getByRole('link', { name: 'Revenir à la gestion de la consultation' }).click();
        await page.waitForURL(`**/gestion/consultations/${consultationId}`);

        // Edited: overlapping steps are refused at the step's start; then the threshold changes.
        await page.getByLabel('Début – Soutiens').fill(inDays(5));
        await page.getByLabel('Seuil de soutiens').fill('5');
        await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
        expect(await alert(page)).toContain('Saisissez une date de début valide, qui ne chevauche pas une autre étape');
        expect(await page.locator('#supportsStart').getAttribute('aria-invalid')).toBe('true');
        expect(await page.getByLabel('Seuil de soutiens').inputValue()).toBe('5');
        await check('edit-refused');
        await page.getByLabel('Début – Soutiens').fill(inDays(8));
        await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
        await page.waitForURL(`**/gestion/consultations/${consultationId}`);
        expect(await status(page)).toBe('La consultation est modifiée.');
        expect(await page.getByLabel('Seuil de soutiens').inputValue()).toBe('5');

        await page.getByRole('button', { name: 'Publier la consultation' }).click();
        await page.waitForURL(`**/gestion/consultations/${consultationId}`);
        expect(await status(page)).toBe('La consultation est publiée : les habitants la voient.');
        const seen = await site.web.api.gql.ok(`query($id: ID!) { consultation(id: $id) { title supportThreshold } }`, {
          id: consultationId,
        });
        expect(seen.consultation).toEqual({ title, supportThreshold: 5 });
        await page.getByRole('button', { name: 'Dépublier la consultation' }).click();
        await page.waitForURL(`**/gestion/consultations/${consultationId}`);
        expect(await status(page)).toBe('La consultation n’est plus publiée : les habitants ne la voient plus.');
        expect(await textOf(page.locator('.staff-facts'))).toContain('Non publiée');

        await expectLogged(page, consultationId, [
          ['consultation.create', 1],
          ['consultation.update', 1],
          ['consultation.publish', 1],
          ['consultation.unpublish', 1],
        ]);
      });
    }, 180_000);
  });

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();

    it('filters proposals, saves then publishes an answer, and makes the accepted proposal a budget project', async () => {
      const consultation = await createConsultation(site.web.api, site.staff.token, {
        open: 'SUPPORTS',
        supportThreshold: 2,
      });
      const author = await createUser(site.web.api, { verified: true });
      const titles = [`Bancs ${slug}`, `Arbres ${slug}`, `Fontaine ${slug}`];
      const [, treesId] = await insertProposals(site.web.api, consultation.id, [author.id], 3, {
        title: (i) => titles[i],
      });
      await site.web.api.db.query(`UPDATE proposals SET support_count = 3 WHERE id = $1`, [treesId]);
      const budget = await createBudget(site.web.api, site.staff.token, { open: false, costs: [], totalAmount: 5000 });
      const budgetTitle = `Budget brouillon ${slug}`;
      await site.web.api.db.query(`UPDATE budgets SET title = $2 WHERE id = $1`, [budget.budgetId, budgetTitle]);

      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        const check = checker(page, options, slug);
        const rows = () => page.locator('tbody tr');
        const filter = async (label: string, option: string) => {
          await page.getByLabel(label).selectOption({ label: option });
          await Promise.all([
            page.waitForURL(/\/propositions\?/),
            page.getByRole('button', { name: 'Filtrer', exact: true }).click(),
          ]);
        };
        await signIn(page, site.staff.email);
        await page.goto(`/gestion/consultations/${consultation.id}`);
        await page.getByRole('link', { name: 'Gérer ses propositions' }).click();
        await page.waitForURL(`**/gestion/consultations/${consultation.id}/propositions`);
        expect(await textOf(page.locator('.staff-count'))).toBe('3 propositions');
        await filter('Seuil de soutiens (2 soutiens)', 'Seuil atteint');
        expect(page.url()).toContain('seuil=atteint');
        expect(await rows().count()).toBe(1);
        expect(await textOf(rows().first())).toContain(`Arbres ${slug}`);
        await check('proposals');

        await page.getByRole('link', { name: `Arbres ${slug}` }).click();
        await page.waitForURL(`**/gestion/propositions/${treesId}`);
        expect(await textOf(page.locator('main'))).toContain(
          'Une proposition devient un projet de budget une fois retenue',
        );
        await page.getByRole('button', { name: 'Publier la réponse', exact: true }).click();
        expect(await alert(page)).toContain('Choisissez la décision');
        expect(await alert(page)).toContain('Saisissez le texte de la réponse');
        expect(await page.locator('#status').getAttribute('aria-invalid')).toBe('true');
        await check('answer-refused');

        // Saved: staff read it, residents do not.
        await page.getByLabel('Retenue', { exact: true }).check();
        await page.getByLabel('Réponse', { exact: true }).fill('La mairie plantera **douze** arbres.');
        await page.getByRole('button', { name: 'Enregistrer sans publier' }).click();
        await page.waitForURL(`**/gestion/propositions/${treesId}`);
        expect(await status(page)).toBe('La réponse est enregistrée. Les habitants ne la voient pas encore.');
        expect(await textOf(page.locator('main'))).toContain('Réponse enregistrée, pas encore publiée');
        const ANSWER = `query($id: ID!) { proposal(id: $id) { answer { status } } }`;
        expect((await site.web.api.gql.ok(ANSWER, { id: treesId })).proposal.answer).toBeNull();

        await page.goto(`/gestion/consultations/${consultation.id}/propositions`);
        await filter('Réponse officielle', 'Réponse enregistrée, pas encore publiée');
        expect(page.url()).toContain('reponse=enregistree');
        expect(await rows().count()).toBe(1);
        await page.getByRole('link', { name: `Arbres ${slug}` }).click();
        await page.waitForURL(`**/gestion/propositions/${treesId}`);
        await page.getByRole('button', { name: 'Publier la réponse enregistrée' }).click();
        await page.waitForURL(`**/gestion/propositions/${treesId}`);
        expect(await status(page)).toBe('La réponse est publiée.');
        expect((await site.web.api.gql.ok(ANSWER, { id: treesId })).proposal.answer).toEqual({ status: 'ACCEPTED' });

        // The accepted proposal becomes a project of a draft budget: refused without a budget, or beyond it.
        await page.getByRole('button', { name: 'En faire un projet du budget' }).click();
        expect(await alert(page)).toContain('Choisissez le budget');
        // Exactly this run's budget: one run's slug ("javascript-off") is a prefix of another's.
        await page.getByLabel(new RegExp(`^${budgetTitle} \\(`)).check();
        await page.getByLabel('Coût, en euros').fill('9 000');
        await page.getByRole('button', { name: 'En faire un projet du budget' }).click();
        expect(await alert(page)).toContain('Le coût doit être un nombre entier d’euros, au moins 1, dans le budget');
        expect(await page.getByLabel('Coût, en euros').getAttribute('aria-invalid')).toBe('true');
        expect(await page.getByLabel('Titre du projet').inputValue()).toBe(`Arbres ${slug}`);
        await check('project-refused');
        await page.getByLabel('Coût, en euros').fill('1 200');
        await page.getByRole('button', { name: 'En faire un projet du budget' }).click();
        await page.waitForURL(`**/gestion/budgets/${budget.budgetId}`);
        expect(await status(page)).toBe('La proposition est devenue un projet de ce budget.');
        expect(await textOf(page.locator('tbody tr', { hasText: `Arbres ${slug}` }))).toContain('1 200 €');
        const [project] = await site.web.api.db.query(`SELECT proposal_id FROM budget_projects WHERE budget_id = $1`, [
          budget.budgetId,
        ]);
        expect(project.proposal_id).toBe(treesId);

        await page.goto(`/gestion/consultations/${consultation.id}/propositions`);
        await filter('État', 'Retenue');
        expect(await rows().count()).toBe(1);

        await expectLogged(page, treesId, [
          ['proposal.answer.save', 1],
          ['proposal.answer.publish', 1],
        ]);
        await expectLogged(page, budget.budgetId, [['budget.project.add', 1]]);
      });
    }, 180_000);
  });
});

import { Page } from 'playwright-core';
import { createConsultation, insertProposals, openPhase, TestConsultation } from '../utils/consultations.factory';
import { createUser, TestUser } from '../utils/users.factory';
import { signIn } from './support/accounts';
import { expectAccessible, expectNoHorizontalScroll, tabTo, textOf, VISITORS, withVisitor } from './support/browser';
import { screenshot } from './support/screenshots';
import { siteSession } from './support/site-session';

const ANSWER = `mutation($input: AnswerProposalInput!) { answerProposal(input: $input) { id } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;

describe('consultations and proposals: list, proposal page, supports, comments, reports', () => {
  const site = siteSession({ staff: true });
  let author: TestUser;
  /** SUPPORTS open, threshold 3, 23 proposals about cycle lanes and 2 about gardens. */
  let consultation: TestConsultation;
  let proposalIds: string[];
  /** A proposal with an address, a published answer and a comment with a reply. */
  let answered: string;

  beforeAll(async () => {
    author = await createUser(site.web.api, { verified: true, displayName: 'Camille C.' });
    consultation = await createConsultation(site.web.api, site.staff.token, { open: 'SUPPORTS', supportThreshold: 3 });
    await site.web.api.db.query(`UPDATE consultations SET title = 'Idées pour 2027' WHERE id = $1`, [consultation.id]);
    proposalIds = await insertProposals(site.web.api, consultation.id, [author.id], 23, {
      title: (i) => `Une piste cyclable n° ${i}`,
      body: (i) => `Relier le **quartier ${i}** au centre.`,
      categoryId: consultation.categories[0].id,
    });
    const gardens = await insertProposals(site.web.api, consultation.id, [author.id], 2, {
      title: (i) => `Un jardin partagé n° ${i}`,
      categoryId: consultation.categories[1].id,
    });
    answered = gardens[0];
    await site.web.api.db.query(`UPDATE proposals SET address = '12 rue de Metz' WHERE id = $1`, [answered]);
    await site.web.api.gql.as(site.staff.token).ok(ANSWER, {
      input: { proposalId: answered, status: 'ACCEPTED', answer: 'La mairie le fera au **printemps**.', publish: true },
    });
    const { addComment } = await site.web.api.gql
      .as(author.token)
      .ok(COMMENT, { input: { proposalId: answered, body: 'Premier commentaire' } });
    await site.web.api.gql
      .as(site.staff.token)
      .ok(COMMENT, { input: { proposalId: answered, parentId: addComment.id, body: 'Une réponse' } });
  });

  async function submit(page: Page, name: string): Promise<void> {
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name, exact: true }).click()]);
  }

  const supportsOf = async (proposalId: string): Promise<number> =>
    (
      await site.web.api.db.query(`SELECT count(*)::int AS n FROM proposal_supports WHERE proposal_id = $1`, [
        proposalId,
      ])
    )[0].n;

  describe.each(VISITORS.map((visitor, index) => ({ ...visitor, index })))('$name', ({ name, options, index }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();
    const narrow = options.width === 320;

    it('lists consultations and shows one: timeline, what to do now, figures', async () => {
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        await page.goto('/');
        await page
          .getByRole('navigation', { name: 'Menu principal' })
          .getByRole('link', { name: 'Consultations' })
          .click();
        await page.waitForURL('**/consultations');
        const inProgress = page.getByRole('region', { name: 'En cours' });
        await expectAccessible(page);
        if (narrow) await expectNoHorizontalScroll(page);
        await screenshot(page, `consultations-${slug}`);
        await inProgress.getByRole('link', { name: 'Idées pour 2027' }).click();
        expect(await page.locator('h1').innerText()).toBe('Idées pour 2027');
        expect(await textOf(page.locator('.timeline [aria-current="step"]'))).toMatch(
          /^Soutiens : ouvert jusqu’au \d+ \S+ \d{4} \(étape en cours\)$/,
        );
        expect(await textOf(page.getByRole('region', { name: 'Ce que vous pouvez faire maintenant' }))).toContain(
          'Soutenez les propositions qui vous tiennent à cœur',
        );
        expect(await textOf(page.locator('.figures'))).toContain('25');
        await expectAccessible(page);
        if (narrow) await expectNoHorizontalScroll(page);
        await screenshot(page, `consultation-${slug}`);
        await page.getByRole('link', { name: 'Voir les propositions' }).click();
        await page.waitForURL('**/propositions');
        expect(await textOf(page.locator('.proposal-count'))).toBe('25 propositions');
      });
    }, 120_000);

    it('searches, filters, sorts at random without repeats across pages, and pages with links', async () => {
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        await page.goto(`/consultations/${consultation.id}/propositions`);
        await page.getByLabel('Mots à rechercher').fill('JARDINS partages');
        await submit(page, 'Afficher');
        expect(await textOf(page.locator('.proposal-count'))).toBe('2 propositions');
        const card = page.locator('.proposal-card').filter({ hasText: 'Un jardin partagé n° 0' });
        expect(await textOf(card)).toContain('Par Camille C.');
        expect(await textOf(card)).toContain('Retenue');
        expect(await textOf(card)).toContain('Aucun soutien sur les 3 nécessaires');
        await expectAccessible(page);
        if (narrow) await expectNoHorizontalScroll(page);
        await screenshot(page, `proposals-${slug}`);

        await page.getByLabel('Mots à rechercher').fill('');
        await page.getByLabel('Thème').selectOption({ label: consultation.categories[0].name });
        await page.getByLabel('Trier par').selectOption({ label: 'Au hasard' });
        await submit(page, 'Afficher');
        expect(await textOf(page.locator('.proposal-count'))).toBe('23 propositions');
        const seen: string[] = await page.locator('.proposal-card h2').allInnerTexts();
        const firstPage = [...seen];
        await page.getByRole('link', { name: 'Propositions suivantes' }).click();
        await page.waitForURL('**apres=*');
        seen.push(...(await page.locator('.proposal-card h2').allInnerTexts()));
        expect(seen).toHaveLength(23);
        expect(new Set(seen).size).toBe(23);
        // The same visitor sees the same shuffle again.
        await page.getByRole('link', { name: 'Revenir au début de la liste' }).click();
        await page.waitForURL((url) => !url.search.includes('apres'));
        expect(await page.locator('.proposal-card h2').allInnerTexts()).toEqual(firstPage);

        await page.getByLabel('Réponse de la mairie').selectOption({ label: 'Retenue' });
        await page.getByLabel('Thème').selectOption({ label: 'Tous les thèmes' });
        await submit(page, 'Afficher');
        expect(await page.locator('.proposal-card h2').allInnerTexts()).toEqual(['Un jardin partagé n° 0']);

        // The field stops at 200 characters; a hand-made address may carry more.
        await page.goto(`/consultations/${consultation.id}/propositions?q=${'x'.repeat(201)}`);
        expect(await page.title()).toMatch(/^Erreur : /);
        expect(await textOf(page.locator('.error-summary'))).toContain('200 caractères au plus');
        expect(await page.getByLabel('Mots à rechercher').getAttribute('aria-invalid')).toBe('true');
        await expectAccessible(page);
      });
    }, 120_000);

    it('shows a proposal, supports it and withdraws the support, with a status message each time', async () => {
      const supporter = await createUser(site.web.api, { verified: true });
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        await page.goto(`/propositions/${answered}`);
        expect(await page.locator('h1').innerText()).toBe('Un jardin partagé n° 0');
        expect(await textOf(page.locator('.facts'))).toContain('12 rue de Metz');
        expect(await textOf(page.getByRole('region', { name: 'Réponse de la mairie' }))).toContain(
          'Proposition retenue',
        );
        expect(await textOf(page.locator('.comment-list--replies'))).toContain('Une réponse');
        expect(await page.getByLabel('Adresse de cette proposition').inputValue()).toMatch(
          new RegExp(`/propositions/${answered}$`),
        );
        await expectAccessible(page);
        if (narrow) await expectNoHorizontalScroll(page);
        await screenshot(page, `proposal-${slug}`);

        const target = proposalIds[5];
        await page.goto(`/propositions/${target}`);
        await page.getByRole('link', { name: 'Connectez-vous pour soutenir cette proposition' }).click();
        await page.waitForURL('**/connexion?suivant=*');
        await signIn(page, supporter.email, undefined, page.url().replace(site.web.api.url, ''));
        await page.waitForURL(`**/propositions/${target}`);
        await submit(page, 'Soutenir');
        expect(await textOf(page.getByRole('status').first())).toBe('Votre soutien est enregistré.');
        expect(await textOf(page.locator('.support-panel'))).toContain('1 soutien sur les 3 nécessaires');
        expect(await textOf(page.locator('.support-panel'))).toContain('Vous soutenez cette proposition.');
        await expectAccessible(page);
        expect(await supportsOf(target)).toBe(1);
        // A reload never sends the form again (Post/Redirect/Get).
        await page.reload();
        expect(await supportsOf(target)).toBe(1);
        await submit(page, 'Retirer mon soutien');
        expect(await textOf(page.getByRole('status').first())).toBe('Votre soutien est retiré.');
        expect(await supportsOf(target)).toBe(0);
      });
    }, 120_000);

    it('comments, replies, refuses an empty comment keeping the page, and reports a comment', async () => {
      const resident = await createUser(site.web.api, { verified: true, displayName: `Dominique ${slug}` });
      const target = proposalIds[15 + index];
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        await signIn(page, resident.email);
        await page.goto(`/propositions/${target}`);
        await submit(page, 'Publier le commentaire');
        expect(await page.title()).toMatch(/^Erreur : /);
        expect(await textOf(page.locator('.error-summary'))).toContain('Écrivez votre commentaire');
        expect(await page.getByLabel('Votre commentaire').getAttribute('aria-invalid')).toBe('true');
        await expectAccessible(page);
        await screenshot(page, `proposal-comment-error-${slug}`);
        if (narrow) await expectNoHorizontalScroll(page);

        await page.getByLabel('Votre commentaire').fill(`Très bonne idée (${slug})`);
        await submit(page, 'Publier le commentaire');
        expect(await textOf(page.getByRole('status').first())).toBe('Votre commentaire est publié.');
        const first = page.locator('.comment-list > .comment').first();
        expect(await textOf(first)).toContain(`Très bonne idée (${slug})`);

        await first.getByRole('link', { name: `Répondre à Dominique ${slug}` }).click();
        await page.getByLabel(`Votre réponse à Dominique ${slug}`).fill('Je précise ma pensée');
        await screenshot(page, `proposal-reply-${slug}`);
        await submit(page, 'Publier la réponse');
        expect(await textOf(page.getByRole('status').first())).toBe('Votre réponse est publiée.');
        expect(await textOf(first.locator('.comment-list--replies'))).toContain('Je précise ma pensée');

        // The comment's own link comes before its replies'.
        await first
          .getByRole('link', { name: `Signaler le commentaire de Dominique ${slug}` })
          .first()
          .click();
        expect(await page.locator('h1').innerText()).toBe('Signaler un contenu');
        await page.getByLabel('Précisions').fill('Je me suis trompé de ton');
        await submit(page, 'Envoyer le signalement');
        expect(await textOf(page.locator('.error-summary'))).toContain('Choisissez la raison du signalement');
        expect(await page.getByLabel('Précisions').inputValue()).toBe('Je me suis trompé de ton');
        await expectAccessible(page);
        await screenshot(page, `report-error-${slug}`);
        if (narrow) await expectNoHorizontalScroll(page);
        await page.getByLabel('Hors sujet').check();
        await submit(page, 'Envoyer le signalement');
        expect(await textOf(page.getByRole('status').first())).toBe(
          'Merci : votre signalement est bien reçu. L’équipe de modération va l’examiner.',
        );
        const reports = await site.web.api.db.query(
          `SELECT reason, details FROM content_reports WHERE reporter_id = $1`,
          [resident.id],
        );
        expect(reports).toEqual([{ reason: 'OFF_TOPIC', details: 'Je me suis trompé de ton' }]);
      });
    }, 120_000);
  });

  it('makes one support of a double click on "Soutenir", and one comment of one on "Publier"', async () => {
    const supporter = await createUser(site.web.api, { verified: true });
    const target = proposalIds[9];
    await withVisitor(site.browser, site.web.api.url, {}, async ({ page }) => {
      await signIn(page, supporter.email);
      await page.goto(`/propositions/${target}`);
      await Promise.all([
        page.waitForURL(`**/propositions/${target}#soutiens`),
        page.getByRole('button', { name: 'Soutenir', exact: true }).dblclick(),
      ]);
      await page.waitForLoadState();
      expect(await supportsOf(target)).toBe(1);
      expect(await textOf(page.locator('.support-panel'))).toContain('1 soutien sur les 3 nécessaires');

      await page.getByLabel('Votre commentaire').fill('Un seul, même cliqué deux fois');
      await Promise.all([
        page.waitForURL('**#commentaire-*'),
        page.getByRole('button', { name: 'Publier le commentaire', exact: true }).dblclick(),
      ]);
      await page.waitForLoadState();
      const comments = await site.web.api.db.query(`SELECT body FROM proposal_comments WHERE proposal_id = $1`, [
        target,
      ]);
      expect(comments).toEqual([{ body: 'Un seul, même cliqué deux fois' }]);
    });
  }, 60_000);

  it('supports and comments with the keyboard only', async () => {
    const supporter = await createUser(site.web.api, { verified: true });
    const target = proposalIds[11];
    await withVisitor(site.browser, site.web.api.url, {}, async ({ page }) => {
      await signIn(page, supporter.email);
      await page.goto(`/propositions/${target}`);
      await tabTo(page, page.getByRole('button', { name: 'Soutenir', exact: true }));
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      expect(await supportsOf(target)).toBe(1);
      await tabTo(page, page.getByLabel('Votre commentaire'));
      await page.keyboard.type('Écrit au clavier');
      await tabTo(page, page.getByRole('button', { name: 'Publier le commentaire' }));
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      expect(await textOf(page.locator('.comment-list > .comment').first())).toContain('Écrit au clavier');
    });
  }, 60_000);

  it('explains in words why a resident cannot support: not verified, the limit, a closed phase', async () => {
    const limited = await createConsultation(site.web.api, site.staff.token, { open: 'SUPPORTS', supportLimit: 1 });
    const [a, b] = await insertProposals(site.web.api, limited.id, [author.id], 2);
    const unverified = await createUser(site.web.api);
    const resident = await createUser(site.web.api, { verified: true });
    await withVisitor(site.browser, site.web.api.url, { javaScript: false }, async ({ page, context }) => {
      await signIn(page, unverified.email);
      await page.goto(`/propositions/${a}`);
      expect(await textOf(page.locator('.support-panel'))).toContain(
        'Pour soutenir une proposition, vérifiez d’abord votre résidence.',
      );
      expect(await page.getByRole('button', { name: 'Soutenir', exact: true }).count()).toBe(0);
      await context.clearCookies();

      await signIn(page, resident.email);
      await page.goto(`/propositions/${a}`);
      await submit(page, 'Soutenir');
      await page.goto(`/propositions/${b}`);
      await submit(page, 'Soutenir');
      expect(await page.title()).toMatch(/^Erreur : /);
      expect(await textOf(page.locator('.error-summary'))).toContain(
        'Vous avez donné tous les soutiens permis dans cette consultation',
      );
      expect(await supportsOf(b)).toBe(0);
      await expectAccessible(page);

      // The phase closes between the page and the click.
      await openPhase(site.web.api, limited.id, 'REVIEW');
      await submit(page, 'Soutenir');
      expect(await textOf(page.locator('.error-summary'))).toContain('Les soutiens ne sont pas ouverts en ce moment');
      expect(await textOf(page.locator('.support-panel'))).toMatch(
        /Les soutiens étaient ouverts jusqu’au .*; ils sont clos\./,
      );
      expect(await supportsOf(b)).toBe(0);
    });
  }, 60_000);
});

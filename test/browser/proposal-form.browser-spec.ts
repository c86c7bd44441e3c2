import { Role } from '@quorum/access';
import { Browser, Page } from 'playwright-core';
import { createConsultation, insertProposals, TestConsultation } from '../utils/consultations.factory';
import { createUser, TestUser } from '../utils/users.factory';
import { signIn } from './support/accounts';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  launchBrowser,
  spokenText,
  tabTo,
  textOf,
  VISITORS,
  withVisitor,
} from './support/browser';
import { htmlErrors } from './support/html-validator';
import { screenshot } from './support/screenshots';
import { startWebApp, WebApp } from './support/web-app';

const SUBMIT = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;

describe('submitting a proposal, editing, publishing and withdrawing it; My proposals and My supports', () => {
  let web: WebApp;
  let browser: Browser;
  let staff: TestUser;
  /** Open to proposals, with the categories Mobilité and Environnement. */
  let open: TestConsultation;

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    staff = await createUser(web.api, { role: Role.STAFF });
    open = await createConsultation(web.api, staff.token, { open: 'PROPOSALS', supportThreshold: 3 });
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  async function proposalsOf(user: TestUser): Promise<{ id: string; title: string; state: string; body: string }[]> {
    return web.api.db.query(
      `SELECT id, title, state, body, category_id, district_id, address, withdrawal_reason
         FROM proposals WHERE author_id = $1 ORDER BY created_at`,
      [user.id],
    );
  }

  /** Clicks a submit button and waits for the page the server answers (redirect or form again). */
  async function press(page: Page, name: string): Promise<void> {
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name, exact: true }).click()]);
  }

  function category(name: string): string {
    return open.categories.find((c) => c.name === name)!.id;
  }

  async function submitted(user: TestUser, title: string, extra: object = {}): Promise<string> {
    const { submitProposal } = await web.api.gql
      .as(user.token)
      .ok(SUBMIT, { input: { consultationId: open.id, title, body: 'Une description.', ...extra } });
    return submitProposal.id;
  }

  describe.each(VISITORS)('$name', ({ options }) => {
    it('previews, keeps what was typed through a refusal, saves a draft, then publishes it', async () => {
      const resident = await createUser(web.api);
      const district = web.municipality.districts[0];
      await withVisitor(browser, web.api.url, options, async ({ page }) => {
        await signIn(page, resident.email, undefined, `/consultations/${open.id}/propositions/nouvelle`);
        await page.waitForURL(`**/consultations/${open.id}/propositions/nouvelle`);
        expect(await page.locator('h1').innerText()).toBe('Déposer une proposition');
        expect(await textOf(page.locator('main'))).toContain('Dépôt des propositions ouvert jusqu’au');
        await expectAccessible(page);

        await page.getByLabel('Titre').fill('Des bancs');
        await page.getByLabel('Description').fill('Des **bancs** à l’ombre\n\n- près du canal\n- près du parc');
        await page.getByLabel('Catégorie').selectOption({ label: 'Environnement' });
        await page.getByLabel('Quartier').selectOption({ label: district.name });
        await page.getByLabel('Adresse ou lieu').fill('Allées Jules-Guesde');

        // The Markdown help opens without a script (details/summary).
        await page.getByText('Aide à la mise en forme').click();
        expect(await textOf(page.locator('.markdown-help table'))).toContain('**texte en gras**\ttexte en gras');

        await press(page, 'Prévisualiser');
        const preview = page.getByRole('region', { name: 'Aperçu de la description' });
        expect(await preview.locator('strong').innerText()).toBe('bancs');
        expect(await preview.locator('li').allInnerTexts()).toEqual(['près du canal', 'près du parc']);
        expect(await page.getByRole('status').textContent()).toBe(
          'L’aperçu de la description est affiché sous le champ Description.',
        );
        expect(await page.getByLabel('Titre').inputValue()).toBe('Des bancs');
        expect(await page.getByLabel('Catégorie').inputValue()).toBe(category('Environnement'));
        await expectAccessible(page);
        await screenshot(page, `proposal-preview-${options.width ?? 1280}`);
        expect(await proposalsOf(resident)).toEqual([]);

        // The API refuses a title under 10 characters: said at the top and at the field, the rest kept.
        await press(page, 'Publier');
        expect(await page.title()).toMatch(/^Erreur : /);
        const summary = page.getByRole('alert');
        expect(await textOf(summary)).toContain('Le titre doit compter entre 10 et 150 caractères imprimables');
        await summary.getByRole('link').click();
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('title');
        expect(await spokenText(page.locator('#title-error'))).toBe(
          'Erreur : Le titre doit compter entre 10 et 150 caractères imprimables',
        );
        expect(await page.getByLabel('Description').inputValue()).toBe(
          'Des **bancs** à l’ombre\n\n- près du canal\n- près du parc',
        );
        expect(await page.getByLabel('Quartier').inputValue()).toBe(district.id);
        expect(await page.getByLabel('Adresse ou lieu').inputValue()).toBe('Allées Jules-Guesde');
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);
        await screenshot(page, `proposal-refused-${options.width ?? 1280}`);
        expect(await proposalsOf(resident)).toEqual([]);

        await page.getByLabel('Titre').fill('Des bancs à l’ombre le long du canal');
        await press(page, 'Enregistrer comme brouillon');
        await page.waitForURL('**/mon-compte/propositions');
        expect(await page.getByRole('status').innerText()).toBe(
          'Votre brouillon est enregistré. Il n’est visible que par vous.',
        );
        const [draft] = await proposalsOf(resident);
        expect(draft).toMatchObject({
          title: 'Des bancs à l’ombre le long du canal',
          state: 'DRAFT',
          category_id: category('Environnement'),
          district_id: district.id,
          address: 'Allées Jules-Guesde',
        });
        const item = page.getByRole('listitem', { name: 'Des bancs à l’ombre le long du canal', exact: true });
        expect(await textOf(item)).toContain('Brouillon, visible par vous seul·e\nAucun soutien sur 3 nécessaires');
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);
        await screenshot(page, `my-proposals-${options.width ?? 1280}`);

        await item.getByRole('link', { name: 'Modifier ou publier « Des bancs à l’ombre le long du canal »' }).click();
        await page.waitForURL(`**/propositions/${draft.id}/modifier`);
        expect(await page.locator('h1').innerText()).toBe('Modifier ma proposition');
        expect(await page.getByLabel('Titre').inputValue()).toBe('Des bancs à l’ombre le long du canal');
        expect(await page.getByLabel('Quartier').inputValue()).toBe(district.id);
        await expectAccessible(page);
        await press(page, 'Publier');
        await page.waitForURL((url) => !url.pathname.endsWith('/modifier'));
        expect(await page.getByRole('status').innerText()).toBe('Votre proposition est publiée.');
        expect((await proposalsOf(resident)).map((p) => p.state)).toEqual(['PUBLISHED']);
      });
    }, 120_000);

    it('makes one proposal of a double click on "Publier", even when both clicks reach the server', async () => {
      const resident = await createUser(web.api);
      const path = `/consultations/${open.id}/propositions/nouvelle`;
      await withVisitor(browser, web.api.url, options, async ({ page, context }) => {
        await signIn(page, resident.email, undefined, path);
        await page.getByLabel('Titre').fill('Une fontaine place du marché');
        await page.getByLabel('Description').fill('Pour les jours de chaleur.');
        // The form as "Publier" posts it, sent twice at once as a double click on a slow network does.
        const form: Record<string, string> = { action: 'publish' };
        for (const name of ['_csrf', 'soumission'])
          form[name] = (await page.locator(`main input[name="${name}"]`).getAttribute('value'))!;
        for (const name of ['title', 'body', 'categoryId', 'districtId', 'address'])
          form[name] = await page.locator(`main [name="${name}"]`).inputValue();
        const posts = await Promise.all([1, 2].map(() => context.request.post(path, { form, maxRedirects: 0 })));
        expect(posts.map((r) => r.status())).toEqual([303, 303]);

        await page.getByRole('button', { name: 'Publier', exact: true }).dblclick();
        // The second click aborts the first's navigation: wait for the page both POSTs lead to.
        await page.getByRole('status').waitFor();
        expect(await page.getByRole('status').innerText()).toBe('Votre proposition est publiée.');
        expect((await proposalsOf(resident)).map((p) => [p.title, p.state])).toEqual([
          ['Une fontaine place du marché', 'PUBLISHED'],
        ]);
      });
    }, 60_000);

    it('edits a proposal within its edit window, withdraws it with a reason, and says when it is locked', async () => {
      const resident = await createUser(web.api);
      const id = await submitted(resident, 'Un composteur dans la cour');
      const supported = await submitted(resident, 'Des arceaux pour les vélos');
      await web.api.db.query(`UPDATE proposals SET support_count = 2 WHERE id = $1`, [supported]);
      await withVisitor(browser, web.api.url, options, async ({ page }) => {
        await signIn(page, resident.email, undefined, '/mon-compte/propositions');
        const item = page.getByRole('listitem', { name: 'Un composteur dans la cour', exact: true });
        await item.getByRole('link', { name: 'Modifier « Un composteur dans la cour »' }).click();
        await page.waitForURL(`**/propositions/${id}/modifier`);
        await page.getByLabel('Titre').fill('Un composteur dans la cour de l’école');
        await page.getByLabel('Description').fill('');
        await press(page, 'Enregistrer les modifications');
        expect(await textOf(page.getByRole('alert'))).toContain('Décrivez votre proposition');
        expect(await page.getByLabel('Titre').inputValue()).toBe('Un composteur dans la cour de l’école');
        await expectAccessible(page);
        await page.getByLabel('Description').fill('Pour les épluchures de la cantine.');
        await press(page, 'Enregistrer les modifications');
        await page.waitForURL('**/mon-compte/propositions');
        expect(await page.getByRole('status').innerText()).toBe('Vos modifications sont enregistrées.');
        expect((await proposalsOf(resident))[0]).toMatchObject({
          title: 'Un composteur dans la cour de l’école',
          body: 'Pour les épluchures de la cantine.',
        });

        // Supported: no "Modifier" any more, and the form's address says why.
        const locked = page.getByRole('listitem', { name: 'Des arceaux pour les vélos', exact: true });
        expect(await textOf(locked)).toContain('2 soutiens sur 3 nécessaires');
        expect(await locked.getByRole('link', { name: /^Modifier/ }).count()).toBe(0);
        await page.goto(`/propositions/${supported}/modifier`);
        expect(await textOf(page.locator('main'))).toContain('Cette proposition ne peut plus être modifiée');
        await expectAccessible(page);

        await page.goto('/mon-compte/propositions');
        await page
          .getByRole('listitem', { name: 'Un composteur dans la cour de l’école', exact: true })
          .getByRole('link', { name: 'Retirer « Un composteur dans la cour de l’école »' })
          .click();
        await page.waitForURL(`**/propositions/${id}/retirer`);
        expect(await page.locator('h1').innerText()).toBe('Retirer ma proposition');
        await press(page, 'Retirer la proposition');
        expect(await textOf(page.getByRole('alert'))).toContain('Expliquez pourquoi vous retirez cette proposition');
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);
        await page.getByLabel('Raison du retrait').fill('La mairie en installe un en mars.');
        await press(page, 'Retirer la proposition');
        await page.waitForURL('**/mon-compte/propositions');
        expect(await page.getByRole('status').innerText()).toBe('Votre proposition est retirée.');
        const withdrawn = page.getByRole('listitem', { name: 'Un composteur dans la cour de l’école', exact: true });
        expect(await textOf(withdrawn)).toContain('Retirée');
        expect(await withdrawn.getByRole('link', { name: /^(Modifier|Retirer)/ }).count()).toBe(0);
        expect((await proposalsOf(resident))[0]).toMatchObject({
          state: 'WITHDRAWN',
          withdrawal_reason: 'La mairie en installe un en mars.',
        });
      });
    }, 120_000);
  });

  it('says in words when proposals are closed, and when the limit is reached', async () => {
    const resident = await createUser(web.api);
    const closed = await createConsultation(web.api, staff.token, { open: 'SUPPORTS' });
    const limited = await createConsultation(web.api, staff.token, { proposalLimit: 1 });
    await insertProposals(web.api, limited.id, [resident.id], 1);
    await withVisitor(browser, web.api.url, { javaScript: false }, async ({ page }) => {
      await signIn(page, resident.email, undefined, `/consultations/${closed.id}/propositions/nouvelle`);
      expect(await textOf(page.locator('main'))).toMatch(/Le dépôt des propositions est fermé depuis le \d/);
      expect(await page.getByLabel('Titre').count()).toBe(0);
      await expectAccessible(page);

      await page.goto(`/consultations/${limited.id}/propositions/nouvelle`);
      await page.getByLabel('Titre').fill('Une deuxième proposition');
      await page.getByLabel('Description').fill('Texte.');
      await press(page, 'Publier');
      expect(await textOf(page.getByRole('alert'))).toContain(
        'Vous avez déjà déposé 1 proposition dans cette consultation, le maximum permis.',
      );
      expect(await page.getByLabel('Titre').inputValue()).toBe('Une deuxième proposition');
      await expectAccessible(page);
      const refused = await page.content();
      await page.getByLabel('Description').fill('# Titre\n\nDu *texte*, [un lien](https://exemple.fr).');
      await press(page, 'Prévisualiser');
      expect(await page.locator('.proposal-preview a').getAttribute('rel')).toBe('nofollow noopener');
      expect(
        await htmlErrors([
          { name: 'refused', html: refused },
          { name: 'preview', html: await page.content() },
        ]),
      ).toEqual([]);
    });
  }, 60_000);

  it('submits a proposal with the keyboard only', async () => {
    const resident = await createUser(web.api);
    await withVisitor(browser, web.api.url, {}, async ({ page }) => {
      await signIn(page, resident.email, undefined, `/consultations/${open.id}/propositions/nouvelle`);
      await tabTo(page, page.getByLabel('Titre'));
      await page.keyboard.type('Un marché de producteurs le samedi');
      await page.keyboard.press('Tab');
      await tabTo(page, page.getByLabel('Description'));
      await page.keyboard.type('Sur la place, de 8 h à 13 h.');
      await tabTo(page, page.getByRole('button', { name: 'Prévisualiser' }));
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      // The preview takes the focus, so that it is read next.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('preview-title');
      await tabTo(page, page.getByRole('button', { name: 'Publier', exact: true }));
      await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/nouvelle')), page.keyboard.press('Enter')]);
      expect(await page.getByRole('status').innerText()).toBe('Votre proposition est publiée.');
      expect((await proposalsOf(resident)).map((p) => p.title)).toEqual(['Un marché de producteurs le samedi']);
    });
  }, 60_000);

  it('edits, publishes a draft and withdraws a proposal with the keyboard only', async () => {
    const resident = await createUser(web.api);
    const draft = await submitted(resident, 'Un brouillon de jardin partagé', { draft: true });
    await withVisitor(browser, web.api.url, {}, async ({ page }) => {
      await signIn(page, resident.email, undefined, '/mon-compte/propositions');
      await tabTo(page, page.getByRole('link', { name: 'Modifier ou publier « Un brouillon de jardin partagé »' }));
      await Promise.all([page.waitForURL(`**/propositions/${draft}/modifier`), page.keyboard.press('Enter')]);
      await tabTo(page, page.getByLabel('Titre'));
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('Un jardin partagé derrière la médiathèque');
      await tabTo(page, page.getByRole('button', { name: 'Publier', exact: true }));
      await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/modifier')), page.keyboard.press('Enter')]);
      expect(await page.getByRole('status').innerText()).toBe('Votre proposition est publiée.');

      await page.goto('/mon-compte/propositions');
      await tabTo(page, page.getByRole('link', { name: 'Retirer « Un jardin partagé derrière la médiathèque »' }));
      await Promise.all([page.waitForURL(`**/propositions/${draft}/retirer`), page.keyboard.press('Enter')]);
      await tabTo(page, page.getByLabel('Raison du retrait'));
      await page.keyboard.type('Un autre projet occupe le terrain.');
      await tabTo(page, page.getByRole('button', { name: 'Retirer la proposition' }));
      await Promise.all([page.waitForURL('**/mon-compte/propositions'), page.keyboard.press('Enter')]);
      expect(await page.getByRole('status').innerText()).toBe('Votre proposition est retirée.');
      expect(await proposalsOf(resident)).toEqual([
        expect.objectContaining({
          title: 'Un jardin partagé derrière la médiathèque',
          state: 'WITHDRAWN',
          withdrawal_reason: 'Un autre projet occupe le terrain.',
        }),
      ]);
    });
  }, 60_000);

  it('lists my proposals and my supports page by page, from My account, and sends visitors to sign in', async () => {
    const resident = await createUser(web.api, { verified: true });
    const author = await createUser(web.api);
    await insertProposals(web.api, open.id, [resident.id], 21, { title: (i) => `Ma proposition numéro ${i}` });
    const [idea] = await insertProposals(web.api, open.id, [author.id], 1, { title: () => 'Une idée soutenue' });
    await web.api.db.query(`INSERT INTO proposal_supports (proposal_id, user_id) VALUES ($1, $2)`, [idea, resident.id]);
    await web.api.db.query(`UPDATE proposals SET support_count = 1 WHERE id = $1`, [idea]);
    await withVisitor(browser, web.api.url, { javaScript: false }, async ({ page }) => {
      await page.goto('/mon-compte/soutiens');
      await page.waitForURL('**/connexion?suivant=%2Fmon-compte%2Fsoutiens');
      await signIn(page, resident.email, undefined, '/connexion?suivant=%2Fmon-compte');
      await page.getByRole('link', { name: 'Mes propositions' }).click();
      await page.waitForURL('**/mon-compte/propositions');
      expect(await textOf(page.locator('main'))).toContain('21 propositions');
      expect(await page.locator('.my-proposal').count()).toBe(20);
      await page.getByRole('link', { name: 'Propositions suivantes' }).click();
      await page.waitForURL('**/mon-compte/propositions?apres=*');
      expect(await page.locator('.my-proposal').count()).toBe(1);
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Revenir au début de la liste' }).click();
      expect(await page.locator('.my-proposal').count()).toBe(20);

      await page.goto('/mon-compte');
      await page.getByRole('link', { name: 'Mes soutiens' }).click();
      await page.waitForURL('**/mon-compte/soutiens');
      expect(await page.locator('h1').innerText()).toBe('Mes soutiens');
      const item = page.getByRole('listitem', { name: 'Une idée soutenue', exact: true });
      expect(await textOf(item)).toContain('Publiée\n1 soutien sur 3 nécessaires');
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);

      await page.goto('/plan-du-site');
      expect(await page.getByRole('link', { name: 'Mes propositions' }).getAttribute('href')).toBe(
        '/mon-compte/propositions',
      );
      expect(await page.getByRole('link', { name: 'Mes soutiens' }).getAttribute('href')).toBe('/mon-compte/soutiens');

      // Someone else's proposal: not theirs to edit.
      const response = await page.goto(`/propositions/${idea}/modifier`);
      expect(response?.status()).toBe(403);
    });
  }, 60_000);
});

describe('submitting a proposal past the write limit', () => {
  let web: WebApp;
  let browser: Browser;

  beforeAll(async () => {
    [web, browser] = await Promise.all([
      startWebApp({ WRITE_MAX_PER_ACCOUNT: '1', WRITE_WINDOW_SECONDS: '600' }),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('says when to try again, keeps what was typed and stores nothing', async () => {
    const staff = await createUser(web.api, { role: Role.STAFF });
    const consultation = await createConsultation(web.api, staff.token);
    const resident = await createUser(web.api);
    // The one write of the window, spent through the API.
    await web.api.gql
      .as(resident.token)
      .ok(SUBMIT, { input: { consultationId: consultation.id, title: 'Une première proposition', body: 'Texte.' } });
    await withVisitor(browser, web.api.url, { javaScript: false }, async ({ page }) => {
      await signIn(page, resident.email, undefined, `/consultations/${consultation.id}/propositions/nouvelle`);
      await page.getByLabel('Titre').fill('Une deuxième proposition');
      await page.getByLabel('Description').fill('Écrite trop vite.');
      await Promise.all([
        page.waitForEvent('load'),
        page.getByRole('button', { name: 'Publier', exact: true }).click(),
      ]);
      expect(await textOf(page.getByRole('alert'))).toMatch(
        /Trop de tentatives en peu de temps\. Réessayez dans (10|9) minutes\./,
      );
      expect(await page.getByLabel('Titre').inputValue()).toBe('Une deuxième proposition');
      expect(await page.getByLabel('Description').inputValue()).toBe('Écrite trop vite.');
      await expectAccessible(page);
      const [{ count }] = await web.api.db.query(`SELECT count(*)::int AS count FROM proposals WHERE author_id = $1`, [
        resident.id,
      ]);
      expect(count).toBe(1);
    });
  }, 60_000);
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '@quorum/access';
import { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { CAST, CLOSE, createBudget, PUBLISH, waitForBudget } from '../utils/budgets.factory';
import { startTestWorker, TestWorker } from '../utils/test-worker';
import { TileStub } from '../utils/tile-stub';
import { waitFor } from '../utils/wait-for';
import {
  ADD_TRACKED_ITEM_UPDATE,
  deliberationInput,
  insertTrackedItem,
  LINK_DELIBERATION,
  UPDATE_TRACKED_ITEM,
} from '../utils/tracking.factory';
import { createUser, createUsers, TestUser } from '../utils/users.factory';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  launchBrowser,
  newVisitor,
  textOf,
  VISITORS,
  withVisitor,
} from './support/browser';
import { htmlErrors } from './support/html-validator';
import { screenshot } from './support/screenshots';
import { signIn } from './support/accounts';
import { startWebApp, WebApp } from './support/web-app';

describe('tracking pages: the list by status and district, and an item with its deliberations and news', () => {
  let web: WebApp;
  let browser: Browser;
  let staff: TestUser;
  let garden: string;
  let lights: string;
  let tiles: TileStub;
  let uploads: string;

  /** A photo uploaded as staff do (POST /reports/photos, re-encoded), for an update. */
  async function uploadPhoto(width: number, height: number): Promise<string> {
    const jpeg = await sharp({ create: { width, height, channels: 3, background: { r: 60, g: 140, b: 70 } } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append('photo', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'bacs.jpg');
    const response = await fetch(`${web.api.url}/reports/photos`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${staff.token}` },
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  beforeAll(async () => {
    uploads = mkdtempSync(join(tmpdir(), 'quorum-uploads-'));
    tiles = await TileStub.start();
    [web, browser] = await Promise.all([
      startWebApp({ UPLOADS_DIR: uploads, MAP_TILE_URL: tiles.urlTemplate }),
      launchBrowser(),
    ]);
    staff = await createUser(web.api, { role: Role.STAFF });
    const minimes = web.municipality.districts[1];
    garden = await insertTrackedItem(web.api, { title: 'Jardin partagé des Minimes', districtId: minimes.id });
    lights = await insertTrackedItem(web.api, { title: 'Éclairage du square Du Guesclin' });
    const gql = web.api.gql.as(staff.token);
    await gql.ok(UPDATE_TRACKED_ITEM, {
      input: {
        trackedItemId: garden,
        status: 'IN_WORKS',
        progressPercent: 60,
        plannedStartOn: '2026-04-01',
        plannedEndOn: '2026-09-30',
        actualStartOn: '2026-04-06',
        committedCents: 30_000_00,
        spentCents: 12_500_00,
        department: 'Direction des jardins',
        // In the Minimes: on the list's map (the lights have no place).
        latitude: 43.6205,
        longitude: 1.4315,
      },
    });
    await gql.ok(LINK_DELIBERATION, { input: deliberationInput(garden, 'DEL-2026-042') });
    await gql.ok(ADD_TRACKED_ITEM_UPDATE, {
      input: {
        trackedItemId: garden,
        body: 'Les premiers bacs sont installés.',
        occurredOn: '2026-05-02',
        photoIds: [await uploadPhoto(120, 80), await uploadPhoto(80, 120)],
        // The second without words: the page describes it from its update.
        photoAlts: ['Trois bacs de culture en bois le long du mur de l’école'],
      },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await tiles?.close();
    if (uploads) rmSync(uploads, { recursive: true, force: true });
  });

  async function submit(page: Page, name: string): Promise<void> {
    await Promise.all([page.waitForURL('**/suivi-des-projets?**'), page.getByRole('button', { name }).click()]);
  }

  describe.each(VISITORS)('$name', ({ name, options }) => {
    it('reaches the list from the site map, filters it, and opens an item', async () => {
      await withVisitor(browser, web.api.url, options, async ({ page }) => {
        await page.goto('/plan-du-site');
        await page.getByRole('link', { name: 'Suivi des projets' }).click();
        await page.waitForURL('**/suivi-des-projets');
        expect(await page.locator('h1').innerText()).toBe('Suivi des projets');
        // Every item, however many other tests added.
        const [{ count }] = await web.api.db.query(`SELECT count(*)::int AS count FROM tracked_items`);
        expect(await page.getByRole('status').innerText()).toBe(`${count} projets`);
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);
        await screenshot(page, `tracking-list-${name}`);

        // The filters are a GET form: they work without JavaScript and the URL can be shared.
        await page.getByLabel('Statut').selectOption({ label: 'En travaux' });
        await submit(page, 'Afficher');
        expect(new URL(page.url()).searchParams.get('statut')).toBe('IN_WORKS');
        expect(await page.getByRole('status').innerText()).toBe('1 projet');
        const card = page.locator('li.card');
        expect(await textOf(card)).toContain('Jardin partagé des Minimes\nEn travaux · 2026 · ');
        expect(await textOf(card)).toContain('Avancement : 60 %');
        await page.getByLabel('Statut').selectOption({ label: 'Tous' });
        await page.getByLabel('Quartier').selectOption({ label: web.municipality.districts[0].name });
        await submit(page, 'Afficher');
        expect(await page.getByRole('status').innerText()).toBe('Aucun projet');
        expect(await textOf(page.locator('main'))).toContain('Aucun projet ne correspond à ces critères.');

        await page.goto('/suivi-des-projets');
        await page.getByRole('link', { name: 'Jardin partagé des Minimes' }).click();
        await page.waitForURL(`**/suivi-des-projets/${garden}`);
        expect(await page.locator('h1').innerText()).toBe('Jardin partagé des Minimes');
        const facts = await textOf(page.locator('dl.budget-facts'));
        expect(facts).toContain('Statut\nEn travaux');
        expect(facts).toContain('Avancement\nAvancement : 60 %');
        expect(facts).toContain('Calendrier prévu\n1 avril 2026 – 30 septembre 2026');
        expect(facts).toContain('Budget\n30 000 € engagés, 12 500 € dépensés');
        expect(facts).toContain('Service responsable\nDirection des jardins');
        expect(facts).toContain(`Quartier\n${web.municipality.districts[1].name}`);
        const deliberations = page.locator('section', {
          has: page.getByRole('heading', { name: 'Délibérations du conseil municipal' }),
        });
        expect(await textOf(deliberations)).toContain('Délibération n° DEL-2026-042 du 12 mars 2026');
        expect(await textOf(deliberations)).toContain('45 pour, 3 contre, 2 abstentions');
        expect(
          await deliberations.getByRole('link', { name: 'Lire l’acte (n° DEL-2026-042)' }).getAttribute('href'),
        ).toBe('https://www.toulouse.fr/deliberations/2026-03-12-7-1.pdf');
        const news = page.locator('section', { has: page.getByRole('heading', { name: 'Actualités' }) });
        expect(await textOf(news)).toContain('2 mai 2026 · En travaux · 60 %\nLes premiers bacs sont installés.');
        // The update's photos, with staff's words or, without them, what the update says of them.
        const photos = news.locator('img');
        expect(await photos.evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt')))).toEqual([
          'Trois bacs de culture en bois le long du mur de l’école',
          'Photo 2 sur 2 de l’actualité du 2 mai 2026 sur « Jardin partagé des Minimes »',
        ]);
        expect(
          await photos.evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).naturalWidth > 0)),
        ).toBe(true);
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);
        await screenshot(page, `tracking-item-${name}`);

        await page.goto(`/suivi-des-projets/${lights}`);
        expect(await textOf(page.locator('main'))).toContain('Pas encore d’actualité sur ce projet.');
        await expectAccessible(page);
      });
    });
  });

  it('maps the list’s placed projects, numbered as the list, each marker named as its item', async () => {
    await withVisitor(browser, web.api.url, {}, async ({ page }) => {
      const response = await page.goto('/suivi-des-projets');
      expect(response?.headers()['content-security-policy']).toContain(`img-src 'self' ${tiles.origin}`);
      const map = page.getByRole('application', { name: 'Carte des projets de la liste' });
      await map.waitFor();
      await page.waitForFunction(() => document.querySelectorAll('img.leaflet-tile-loaded').length > 0);
      // Each placed item of the list has its marker, with the list's number and title as its text; the others none.
      const listed = await page.locator('#liste-projets > li').evaluateAll((lis) =>
        lis.flatMap((li, i) => {
          const { latitude, title } = (li as HTMLElement).dataset;
          return latitude ? [[`${i + 1}. ${title}`, li.querySelector('a')!.getAttribute('href')]] : [];
        }),
      );
      const markers = page.locator('.map-marker[role="img"]');
      const marked = await markers.evaluateAll((dots) =>
        dots.map((dot) => [dot.getAttribute('aria-label'), (dot as HTMLElement).dataset.href]),
      );
      expect(marked).toEqual(listed);
      expect(marked).toContainEqual([
        expect.stringMatching(/^\d+\. Jardin partagé des Minimes$/),
        `/suivi-des-projets/${garden}`,
      ]);
      expect(marked.some(([label]) => label?.includes('Éclairage du square'))).toBe(false);
      await screenshot(page, 'tracking-list-map');
      await page.setViewportSize({ width: 320, height: 800 });
      await expectNoHorizontalScroll(page);

      const gardenMarker = page.getByRole('img', { name: /^\d+\. Jardin partagé des Minimes$/ });
      await Promise.all([page.waitForURL(`**/suivi-des-projets/${garden}`), gardenMarker.click()]);
    });
  });

  it.each(VISITORS)(
    '$name: a resident follows an item from its page and reads its news in My account',
    async ({ name, options }) => {
      const resident = await createUser(web.api);
      // An item of its own, so that the other tests' items keep their news as they expect.
      const lamps = await insertTrackedItem(web.api, { title: 'Éclairage du square Du Guesclin' });
      await withVisitor(browser, web.api.url, options, async ({ page }) => {
        // Signed out: the way to follow is to sign in, then back to the item.
        await page.goto(`/suivi-des-projets/${lamps}`);
        await page.getByRole('link', { name: 'Se connecter pour suivre ce projet' }).click();
        await page.waitForURL('**/connexion?suivant=**');
        await signIn(page, resident.email, undefined, page.url().replace(web.api.url, ''));
        await page.waitForURL(`**/suivi-des-projets/${lamps}`);
        await Promise.all([
          page.waitForURL(`**/suivi-des-projets/${lamps}`),
          page.getByRole('button', { name: 'Suivre ce projet' }).click(),
        ]);
        expect(await page.locator('.flash[role="status"]').innerText()).toBe('Vous suivez ce projet.');
        expect(await page.getByRole('button', { name: 'Ne plus suivre ce projet' }).isVisible()).toBe(true);
        await expectAccessible(page);

        await web.api.gql.as(staff.token).ok(ADD_TRACKED_ITEM_UPDATE, {
          input: { trackedItemId: lamps, body: `Les lampadaires sont posés (${name}).`, occurredOn: '2026-06-01' },
        });
        await page.goto('/mon-compte');
        await page.getByRole('link', { name: 'Les actualités des projets que je suis' }).click();
        await page.waitForURL('**/mon-compte/suivis');
        expect(await page.locator('h1').innerText()).toBe('Les projets que je suis');
        const news = page.locator('li.card');
        expect(await news.count()).toBe(1);
        expect(await textOf(news)).toContain(
          `Éclairage du square Du Guesclin\n1 juin 2026 · Prévu · 0 %\nLes lampadaires sont posés (${name}).`,
        );
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);
        await screenshot(page, `tracking-mine-${name}`);

        // Stopping empties the list.
        await page.goto(`/suivi-des-projets/${lamps}`);
        await Promise.all([
          page.waitForURL(`**/suivi-des-projets/${lamps}`),
          page.getByRole('button', { name: 'Ne plus suivre ce projet' }).click(),
        ]);
        expect(await page.locator('.flash[role="status"]').innerText()).toBe('Vous ne suivez plus ce projet.');
        await page.goto('/mon-compte/suivis');
        expect(await textOf(page.locator('main'))).toContain('Pas d’actualité pour le moment.');
      });
    },
  );

  it('shows on a budget’s results how each winner is carried out, linking to its tracking page', async () => {
    const worker: TestWorker = await startTestWorker(web.api.config);
    const { page, context } = await newVisitor(browser, web.api.url, { javaScript: false, width: 320 });
    try {
      const { budgetId, projectIds } = await createBudget(web.api, staff.token, {
        ballotType: 'APPROVAL',
        costs: [600, 300],
        extra: { title: 'Budget des quartiers' },
      });
      for (const voter of await createUsers(web.api, 3, { verified: true }))
        await web.api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: [projectIds[1]] } });
      await web.api.gql.as(staff.token).ok(CLOSE, { id: budgetId });
      await waitForBudget(web.api, staff.token, budgetId, (b) => b.status === 'TALLIED', 'tallied');
      await web.api.gql.as(staff.token).ok(PUBLISH, { id: budgetId });
      const [{ id }] = await waitFor(
        async () => {
          const rows = await web.api.db.query(`SELECT id FROM tracked_items WHERE budget_project_id = $1`, [
            projectIds[1],
          ]);
          return rows.length ? rows : undefined;
        },
        20_000,
        'the winner tracked',
      );
      await web.api.gql
        .as(staff.token)
        .ok(UPDATE_TRACKED_ITEM, { input: { trackedItemId: id, status: 'IN_STUDY', progressPercent: 15 } });

      await page.goto(`/budgets-participatifs/${budgetId}/resultats`);
      const section = page.locator('section', {
        has: page.getByRole('heading', { name: 'La réalisation des projets lauréats' }),
      });
      expect(await textOf(section)).toContain('Project 2\nÀ l’étude\nAvancement : 15 %');
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
      await section.getByRole('link', { name: 'Project 2' }).click();
      await page.waitForURL(`**/suivi-des-projets/${id}`);
      expect(await textOf(page.locator('dl.budget-facts'))).toContain('Origine\nProjet lauréat du budget participatif');
    } finally {
      await context.close();
      await worker.close();
    }
  });

  it('an unknown item is a 404 page; the pages are valid HTML', async () => {
    await withVisitor(browser, web.api.url, { javaScript: false }, async ({ page }) => {
      const missing = await page.goto('/suivi-des-projets/00000000-0000-4000-8000-000000000000');
      expect(missing?.status()).toBe(404);
      const documents: { name: string; html: string }[] = [];
      await page.goto('/suivi-des-projets');
      documents.push({ name: 'list', html: await page.content() });
      await page.goto(`/suivi-des-projets/${garden}`);
      documents.push({ name: 'item', html: await page.content() });
      await page.goto(`/suivi-des-projets/${lights}`);
      documents.push({ name: 'item without news', html: await page.content() });
      const resident = await createUser(web.api);
      await signIn(page, resident.email);
      await page.goto(`/suivi-des-projets/${garden}`);
      documents.push({ name: 'item, signed in', html: await page.content() });
      await page.goto('/mon-compte/suivis');
      documents.push({ name: 'my followed items', html: await page.content() });
      expect(await htmlErrors(documents)).toEqual([]);
    });
  });
});

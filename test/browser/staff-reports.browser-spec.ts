import { Browser, Page } from 'playwright-core';
import { Role } from '@quorum/access';
import { CAPITOLE, north, seedReportCategories } from '../utils/reports.factory';
import { TileStub } from '../utils/tile-stub';
import { createUser, TestUser } from '../utils/users.factory';
import { signIn } from './support/accounts';
import {
  expectAccessible,
  expectFocusInSight,
  expectFocusRingWhole,
  expectNamesInView,
  expectNoHorizontalScroll,
  launchBrowser,
  tabTo,
  textOf,
  VISITORS,
  withVisitor,
} from './support/browser';
import { checkPage } from './support/page-checks';
import { screenshot } from './support/screenshots';
import { startWebApp, WebApp } from './support/web-app';

/** The back office's reports triage (issue #21, point 5), through its pages, JavaScript on and off. */
describe('back office: reports triage', () => {
  let web: WebApp;
  let browser: Browser;
  let staff: TestUser;
  let tiles: TileStub;

  beforeAll(async () => {
    tiles = await TileStub.start();
    [web, browser] = await Promise.all([startWebApp({ MAP_TILE_URL: tiles.urlTemplate }), launchBrowser()]);
    await seedReportCategories(web.api);
    staff = await createUser(web.api, { role: Role.STAFF, displayName: 'Agent Voirie' });
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await tiles?.close();
  });

  async function report(description: string, categoryCode = 'graffiti', meters = 0): Promise<string> {
    const { submitIssueReport } = await web.api.gql.ok(
      `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`,
      { input: { categoryCode, description, ...north(CAPITOLE, meters) } },
    );
    return submitIssueReport.id;
  }

  const row = (page: Page, description: string) => page.locator('tbody tr', { hasText: description });

  async function tick(page: Page, description: string): Promise<void> {
    await page.getByRole('checkbox', { name: `Choisir ce signalement : ${description}` }).check();
  }

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();

    it('filters, changes the status of several reports with a public note, assigns a department, and the log shows each', async () => {
      // The run's name first: "javascript-off" is a prefix of "javascript-off-320-px-wide".
      const tag = `${slug} : tag sur le mur`;
      const tag2 = `${slug} : tag sur la porte`;
      const bin = `${slug} : poubelle pleine`;
      const tagId = await report(tag);
      const tag2Id = await report(tag2, 'graffiti', 40);
      await report(bin, 'overflowing_bin', 80);
      await withVisitor(browser, web.api.url, options, async ({ page }) => {
        const check = (shot: string) => checkPage(page, options, `staff-reports-${shot}-${slug}`);
        await signIn(page, staff.email);
        await page.goto('/gestion');
        await page.getByRole('navigation', { name: 'Gestion' }).getByRole('link', { name: 'Signalements' }).click();
        await page.waitForURL('**/gestion/signalements');
        expect(await page.locator('h1').innerText()).toBe('Signalements à traiter');
        expect(
          await page.getByRole('link', { name: 'Voir les signalements sur le site public' }).getAttribute('href'),
        ).toBe('/signalements');
        await check('list');

        // Filter on the category: the bin is not listed.
        await page.getByLabel('Catégorie').selectOption({ label: 'Graffiti' });
        await page.getByRole('button', { name: 'Filtrer' }).click();
        await page.waitForURL((url) => url.searchParams.get('categorie') === 'graffiti');
        expect(await row(page, tag).count()).toBe(1);
        expect(await row(page, bin).count()).toBe(0);

        // Nothing ticked: said at the top, tied to the boxes.
        await page.getByLabel('Nouvel état').selectOption({ label: 'Pris en compte' });
        await page.getByRole('button', { name: 'Changer l’état' }).click();
        expect(await page.title()).toMatch(/^Erreur : Signalements à traiter/);
        expect(await page.getByRole('alert').innerText()).toContain('Cochez au moins un signalement');
        await check('refused');

        // Two reports acknowledged at once, with the note residents will read.
        await tick(page, tag);
        await tick(page, tag2);
        await page.getByLabel('Nouvel état').selectOption({ label: 'Pris en compte' });
        await page.getByLabel('Note publique').fill(`Une équipe passera cette semaine ${slug}.`);
        await page.getByRole('button', { name: 'Changer l’état' }).click();
        await page.waitForURL((url) => url.pathname === '/gestion/signalements');
        expect(await page.getByRole('status').innerText()).toBe(
          'L’état des signalements est changé. Le changement est inscrit au journal d’audit.',
        );
        // The message comes below the back office's navigation, next to the page it speaks of.
        expect(await page.locator('.staff-nav + .flash[role="status"]').count()).toBe(1);
        // Back to the same filtered list.
        expect(new URL(page.url()).searchParams.get('categorie')).toBe('graffiti');
        for (const description of [tag, tag2]) {
          const text = await textOf(row(page, description));
          expect(text).toContain('Pris en compte');
          expect(text).toContain(`Une équipe passera cette semaine ${slug}.`);
        }
        await check('changed');

        // A refused transition changes none of them: ACKNOWLEDGED cannot become ACKNOWLEDGED again.
        await tick(page, tag);
        await page.getByLabel('Nouvel état').selectOption({ label: 'Pris en compte' });
        await page.getByRole('button', { name: 'Changer l’état' }).click();
        expect(await page.getByRole('alert').innerText()).toContain(
          'Un des signalements cochés ne peut pas passer de l’état « Pris en compte » à « Pris en compte » : aucun n’a été changé',
        );

        // A department for both.
        await tick(page, tag);
        await tick(page, tag2);
        await page.getByLabel('Nom du service').fill(`Propreté ${slug}`);
        await page.getByRole('button', { name: 'Confier au service' }).click();
        await page.waitForURL((url) => url.pathname === '/gestion/signalements');
        expect(await page.getByRole('status').innerText()).toBe(
          'Les signalements sont confiés au service. C’est inscrit au journal d’audit.',
        );
        expect(await textOf(row(page, tag))).toContain(`Propreté ${slug}`);

        // The department filter finds exactly them.
        await page.goto(`/gestion/signalements?service=${encodeURIComponent(`Propreté ${slug}`)}`);
        expect(await page.locator('.staff-count').innerText()).toBe('2 signalements');
        // At 320 px the list scrolls sideways within its region: the reports' names stay at its left, over the
        // columns scrolled under them. Tabbing into it scrolled to its far right, each box and link is in sight.
        if (options.width === 320) {
          const list = page.getByRole('region', { name: 'Signalements, les plus récents d’abord' });
          await expectNamesInView(list);
          await list.evaluate((el) => (el.scrollLeft = el.scrollWidth));
          await tabTo(page, list, 80);
          await expectFocusInSight(page);
          const rows = list.locator('tbody tr');
          for (let i = 0; i < (await rows.count()); i++)
            for (const target of [rows.nth(i).getByRole('checkbox'), rows.nth(i).getByRole('link')]) {
              await tabTo(page, target, 2);
              await expectFocusInSight(page);
              // Its ring too, the box's at the region's left edge included.
              await expectFocusRingWhole(page);
            }
        }

        // Residents read the note on the report's page.
        await row(page, tag).getByRole('link', { name: tag }).click();
        await page.waitForURL(`**/signalements/${tagId}`);
        expect(await page.locator('main').innerText()).toContain(`Une équipe passera cette semaine ${slug}.`);

        // Each action is in the audit log, under the report it concerns.
        await page.goto('/gestion/journal');
        for (const [action, subject] of [
          ['report.status', tagId],
          ['report.status', tag2Id],
          ['report.assign-department', tagId],
          ['report.assign-department', tag2Id],
        ]) {
          await page.getByLabel('Action').fill(action);
          await page.getByRole('button', { name: 'Filtrer' }).click();
          await page.waitForURL((url) => url.searchParams.get('action') === action);
          const rows = page.locator('tbody tr', { hasText: subject });
          expect({ action, subject, rows: await rows.count() }).toEqual({ action, subject, rows: 1 });
          expect(await textOf(rows)).toContain('Agent');
        }
      });
    }, 180_000);

    it('creates a category with its Open311 questions, edits, deactivates it, and the log shows each', async () => {
      // Ends with a mark so that no test's code is the start of another's (rows are found by the code's text).
      const code = `mobilier_${slug.replace(/-/g, '_')}_c`;
      await withVisitor(browser, web.api.url, options, async ({ page }) => {
        await signIn(page, staff.email);
        await page.goto('/gestion/signalements');
        await page.getByRole('link', { name: 'Gérer les catégories et leurs questions' }).click();
        await page.waitForURL('**/gestion/signalements/categories');
        expect(await page.locator('h1').innerText()).toBe('Catégories de signalement');

        // A choice line without "=": refused at its field before anything is sent.
        await page.getByLabel('Code', { exact: true }).fill(code);
        await page.getByLabel('Nom', { exact: true }).fill(`Mobilier urbain ${slug}`);
        await page.getByLabel('Service chargé par défaut').fill('Voirie');
        await page.getByLabel('Code de la question').fill('objet');
        await page.getByLabel('Question posée').fill('Quel objet est abîmé ?');
        await page.getByLabel('Type de réponse').selectOption({ label: 'Un choix dans une liste' });
        await page.getByLabel('Choix proposés').fill('banc = Un banc\nune poubelle');
        await page.getByRole('button', { name: 'Enregistrer la catégorie' }).click();
        expect(await page.getByRole('alert').innerText()).toContain(
          'Écrivez un choix par ligne, sous la forme « code = libellé »',
        );
        await expectAccessible(page);
        await page.getByLabel('Choix proposés').fill('banc = Un banc\npoubelle = Une poubelle');
        await page.getByLabel('Réponse obligatoire').check();
        await page.getByRole('button', { name: 'Enregistrer la catégorie' }).click();
        await page.waitForURL((url) => url.searchParams.get('code') === code);
        expect(await page.getByRole('status').innerText()).toBe(
          'La catégorie est enregistrée. C’est inscrit au journal d’audit.',
        );
        expect(await page.locator('h2', { hasText: 'Modifier' }).innerText()).toBe(
          `Modifier « Mobilier urbain ${slug} »`,
        );
        if (options.width === 320) await expectNoHorizontalScroll(page);
        await expectAccessible(page);
        await screenshot(page, `staff-report-category-${slug}`);

        // Residents are asked the question (the public list of categories, as Open311 serves it).
        const asked = async () =>
          (
            await web.api.gql.ok(`{ reportCategories { code attributes { code required values { key } } } }`)
          ).reportCategories.find((c: { code: string }) => c.code === code);
        expect(await asked()).toEqual({
          code,
          attributes: [{ code: 'objet', required: true, values: [{ key: 'banc' }, { key: 'poubelle' }] }],
        });

        // Add a second question (the blank block), then deactivate the category.
        await page.getByRole('group', { name: 'Nouvelle question' }).getByLabel('Code de la question').fill('etat');
        await page
          .getByRole('group', { name: 'Nouvelle question' })
          .getByLabel('Question posée')
          .fill('Est-il dangereux ?');
        await page.getByRole('button', { name: 'Enregistrer la catégorie' }).click();
        await page.waitForURL((url) => url.searchParams.get('code') === code);
        expect((await asked()).attributes.map((a: { code: string }) => a.code)).toEqual(['objet', 'etat']);
        await page.getByLabel('Active : les habitants peuvent choisir cette catégorie').uncheck();
        await page.getByRole('button', { name: 'Enregistrer la catégorie' }).click();
        await page.waitForURL((url) => url.searchParams.get('code') === code);
        expect(await asked()).toBeUndefined();
        expect(await textOf(page.locator('tbody tr', { hasText: code }))).toContain('Inactive');

        const [{ id }] = await web.api.db.query(`SELECT id FROM report_categories WHERE code = $1`, [code]);
        await page.goto('/gestion/journal?action=report.category.upsert');
        expect(await page.locator('tbody tr', { hasText: id }).count()).toBe(3);
      });
    }, 120_000);
  });

  it('filters by age and pages through the list with its filters kept', async () => {
    const old = 'Banc cassé depuis longtemps';
    const oldId = await report(old, 'green_space');
    await web.api.db.query(`UPDATE issue_reports SET created_at = now() - interval '40 days' WHERE id = $1`, [oldId]);
    for (let i = 0; i < 26; i += 1) await report(`Tag récent numéro ${i}`, 'fly_tipping', i * 5);
    await withVisitor(browser, web.api.url, { javaScript: false }, async ({ page }) => {
      await signIn(page, staff.email);
      await page.goto('/gestion/signalements?age=30');
      expect(await page.getByLabel('Ancienneté').inputValue()).toBe('30');
      expect(await row(page, old).count()).toBe(1);
      expect(await row(page, 'Tag récent numéro').count()).toBe(0);

      await page.goto('/gestion/signalements?categorie=fly_tipping');
      expect(await page.locator('.staff-count').innerText()).toBe('26 signalements');
      expect(await page.locator('tbody tr').count()).toBe(25);
      await page.getByRole('link', { name: 'Résultats suivants' }).click();
      await page.waitForURL((url) => url.searchParams.has('apres'));
      expect(new URL(page.url()).searchParams.get('categorie')).toBe('fly_tipping');
      expect(await page.locator('tbody tr').count()).toBe(1);
      expect(await page.getByRole('link', { name: 'Revenir au début' }).count()).toBe(1);
    });
  }, 60_000);

  it('maps the listed reports, numbered and named as the list is, with the list’s filters; without JavaScript, the list alone', async () => {
    // A category no other test of this file uses: its reports are this test's.
    const ids: string[] = [];
    for (const [i, meters] of [0, 150, 300].entries())
      ids.push(await report(`Chaussée abîmée, tronçon ${i + 1}`, 'road_damage', meters));
    await withVisitor(browser, web.api.url, {}, async ({ page }) => {
      const markers = page.locator('.map-marker[role="img"]');
      /** Each marker's text alternative and target, and each row's number, name and link, in order. */
      const compare = async () => ({
        marked: await markers.evaluateAll((dots) =>
          dots.map((dot) => [dot.getAttribute('aria-label'), (dot as HTMLElement).dataset.href]),
        ),
        listed: await page
          .locator('#liste-signalements tbody tr')
          .evaluateAll((rows) =>
            rows.map((row) => [
              `${row.querySelector('.staff-reports__number')!.textContent} ${(row as HTMLElement).dataset.title}`,
              row.querySelector('th a')!.getAttribute('href'),
            ]),
          ),
      });
      await signIn(page, staff.email);
      const response = await page.goto('/gestion/signalements');
      expect(response?.headers()['content-security-policy']).toContain(`img-src 'self' ${tiles.origin}`);
      const map = page.getByRole('application', { name: 'Carte des signalements de la liste' });
      await map.waitFor();
      await page.waitForFunction(() => document.querySelectorAll('img.leaflet-tile-loaded').length > 0);
      const all = await compare();
      expect(all.marked.length).toBeGreaterThanOrEqual(3);
      expect(all.marked).toEqual(all.listed);

      // The list's filters are the map's: filtered on the category, the map shows its three reports only.
      await page.getByLabel('Catégorie').selectOption('road_damage');
      await page.getByRole('button', { name: 'Filtrer' }).click();
      await page.waitForURL((url) => url.searchParams.get('categorie') === 'road_damage');
      await map.waitFor();
      const filtered = await compare();
      expect(filtered.marked).toEqual(filtered.listed);
      expect(filtered.listed.map(([, href]) => href).sort()).toEqual(ids.map((id) => `/signalements/${id}`).sort());
      expect(filtered.marked[0][0]).toMatch(/^1\. Damaged road surface : 43,60/);
      expect(await page.getByRole('img', { name: filtered.marked[2][0]!, exact: true }).count()).toBe(1);
      // A link skips the map to the list, which holds the same reports and links.
      expect(await page.getByRole('link', { name: 'Aller à la liste' }).getAttribute('href')).toBe(
        '#liste-signalements',
      );
      await expectAccessible(page);
      await screenshot(page, 'staff-reports-map');
      await markers.first().click();
      await page.waitForURL(`**${filtered.marked[0][1]}`);
    });

    await withVisitor(browser, web.api.url, { javaScript: false }, async (scriptless) => {
      await signIn(scriptless.page, staff.email);
      await scriptless.page.goto('/gestion/signalements?categorie=road_damage');
      expect(await scriptless.page.locator('[data-map-frame]').isHidden()).toBe(true);
      expect(await textOf(scriptless.page.locator('#liste-signalements tbody tr').first())).toMatch(/^\s*1\. /);
    });
  }, 90_000);
});

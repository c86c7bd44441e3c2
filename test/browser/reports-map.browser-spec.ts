import { Browser, Page } from 'playwright-core';
import { MunicipalitySettingsService } from '@quorum/municipality';
import { createUser } from '../utils/users.factory';
import { CAPITOLE, north, seedReportCategories } from '../utils/reports.factory';
import { GeocoderStub } from '../utils/geocoder-stub';
import { TileStub } from '../utils/tile-stub';
import { FACTORY_PASSWORD } from './support/accounts';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  launchBrowser,
  newVisitor,
  tabTo,
  textOf,
  withVisitor,
} from './support/browser';
import { screenshot } from './support/screenshots';
import { startWebApp, WebApp } from './support/web-app';

const PLACE_DU_CAPITOLE = { label: '1 Place du Capitole 31000 Toulouse', ...CAPITOLE };

/** The commune's box (the test districts of Toulouse): where the maps open. */
const TOULOUSE_BOX = { south: 43.53, west: 1.36, north: 43.67, east: 1.52 };

/** Where the list tests' reports are (Rive gauche), away from the other tests' reports. */
const LIST_CENTRE = { latitude: 43.5985, longitude: 1.4105 };
const SAINT_CYPRIEN = { label: 'Place Saint-Cyprien 31300 Toulouse', ...LIST_CENTRE };

async function coordinates(page: Page): Promise<{ latitude: number; longitude: number }> {
  return {
    latitude: Number(await page.getByLabel('Latitude').inputValue()),
    longitude: Number(await page.getByLabel('Longitude').inputValue()),
  };
}

/** Leaflet animates pans and zooms; the centre is read once they end. */
async function mapSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.leaflet-pan-anim, .leaflet-zoom-anim'));
}

/** Presses `key` `times` times on the focused map, each pan or zoom ending before the next key. */
async function pressOnMap(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    await mapSettled(page);
  }
}

/** Enter on the focused map places the point at its centre: the point's coordinates, as the fields hold them. */
async function placeAtCentre(page: Page): Promise<{ latitude: number; longitude: number }> {
  await page.keyboard.press('Enter');
  return coordinates(page);
}

async function loadedTiles(page: Page): Promise<number> {
  await page.waitForFunction(() => document.querySelectorAll('img.leaflet-tile-loaded').length > 0);
  return page.locator('img.leaflet-tile-loaded').count();
}

describe('the maps of issue reports (Leaflet)', () => {
  let web: WebApp;
  let browser: Browser;
  let geocoder: GeocoderStub;
  let tiles: TileStub;

  beforeAll(async () => {
    [geocoder, tiles] = await Promise.all([GeocoderStub.start([PLACE_DU_CAPITOLE]), TileStub.start()]);
    [web, browser] = await Promise.all([
      startWebApp({ GEOCODER_URL: geocoder.url, MAP_TILE_URL: tiles.urlTemplate }),
      launchBrowser(),
    ]);
    await seedReportCategories(web.api);
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await geocoder?.close();
    await tiles?.close();
  });

  const submit = (point: { latitude: number; longitude: number }, categoryCode: string, description: string) =>
    web.api.gql.ok<{ submitIssueReport: { id: string } }>(
      `mutation ($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`,
      { input: { ...point, categoryCode, description } },
    );

  it('places the point with a click: the fields are filled, the tiles come from the commune’s tile server', async () => {
    await withVisitor(browser, web.api.url, {}, async ({ page }) => {
      const refused: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
      });
      const response = await page.goto('/signalements/nouveau');
      expect(response?.headers()['content-security-policy']).toContain(`img-src 'self' ${tiles.origin}`);
      const map = page.getByRole('application', { name: 'Carte : placez le point du problème' });
      await map.waitFor();
      expect(await loadedTiles(page)).toBeGreaterThan(0);
      expect(tiles.requests.length).toBeGreaterThan(0);
      expect(await textOf(page.locator('.leaflet-control-attribution'))).toContain('Plan IGN – © IGN, Géoplateforme');
      expect(await page.getByRole('link', { name: 'Je ne peux pas utiliser la carte' }).isVisible()).toBe(true);
      await expectAccessible(page);

      await map.click();
      const placed = await coordinates(page);
      expect(placed.latitude).toBeGreaterThan(TOULOUSE_BOX.south);
      expect(placed.latitude).toBeLessThan(TOULOUSE_BOX.north);
      expect(placed.longitude).toBeGreaterThan(TOULOUSE_BOX.west);
      expect(placed.longitude).toBeLessThan(TOULOUSE_BOX.east);
      expect(await textOf(page.locator('#carte-status'))).toBe(
        `Point placé : latitude ${placed.latitude.toFixed(6)}, longitude ${placed.longitude.toFixed(6)}.`,
      );
      expect(await page.locator('.map-pin').count()).toBe(1);
      await expectAccessible(page);
      await screenshot(page, 'report-map-pick');

      await page.getByLabel('Type de problème').selectOption('graffiti');
      await page.getByRole('button', { name: 'Continuer' }).click();
      await page.getByText('Étape 2 sur 2').waitFor();
      expect(await textOf(page.locator('.report-facts'))).toContain(String(placed.latitude));
      await page.getByLabel('Description').fill('Un tag, placé sur la carte.');
      await Promise.all([
        page.waitForURL(/\/signalements\/[0-9a-f-]{36}$/),
        page.getByRole('button', { name: 'Envoyer le signalement' }).click(),
      ]);
      const id = new URL(page.url()).pathname.split('/').pop()!;
      const { issueReport } = await web.api.gql.ok<{ issueReport: { latitude: number; longitude: number } }>(
        `query ($id: ID!) { issueReport(id: $id) { latitude longitude } }`,
        { id },
      );
      expect(issueReport).toEqual(placed);
      expect(refused).toEqual([]);
    });
  }, 90_000);

  it('places the point with the keyboard only: arrows pan, + zooms, Enter places it at the centre', async () => {
    await withVisitor(browser, web.api.url, {}, async ({ page }) => {
      await page.goto('/signalements/nouveau');
      const map = page.getByRole('application', { name: 'Carte : placez le point du problème' });
      await tabTo(page, map);
      expect(await map.getAttribute('aria-describedby')).toBe('carte-help');
      // The opening view shows the whole commune and its margin: closer, there is room to move.
      await pressOnMap(page, '+', 2);
      const first = await placeAtCentre(page);
      expect(first.latitude).toBeGreaterThan(TOULOUSE_BOX.south);
      expect(first.longitude).toBeGreaterThan(TOULOUSE_BOX.west);

      await pressOnMap(page, 'ArrowRight', 3);
      const east = await placeAtCentre(page);
      expect(east.longitude).toBeGreaterThan(first.longitude);
      expect(east.latitude).toBeCloseTo(first.latitude, 3);

      await pressOnMap(page, 'ArrowUp');
      await pressOnMap(page, '+');
      const zoomed = await placeAtCentre(page);
      expect(zoomed.latitude).toBeGreaterThan(east.latitude);
      expect(zoomed.longitude).toBeCloseTo(east.longitude, 3);
      expect(await textOf(page.locator('#carte-status'))).toContain('Point placé');
      await screenshot(page, 'report-map-keyboard');

      // Choosing an address among the search's results is another way: the link goes to it.
      await tabTo(page, page.getByRole('link', { name: 'Je ne peux pas utiliser la carte' }));
      await page.keyboard.press('Enter');
      await page.waitForURL('**/signalements/nouveau#adresse');
      const search = page.getByRole('searchbox', { name: 'Adresse' });
      // The search is next in the keyboard's order.
      await page.keyboard.press('Shift+Tab');
      await tabTo(page, search, 2);
    });
  }, 90_000);

  it('without JavaScript, shows no map and no link about it: the fields do the same', async () => {
    await withVisitor(browser, web.api.url, { javaScript: false, width: 320 }, async ({ page }) => {
      await page.goto('/signalements/nouveau');
      expect(await page.locator('[data-map-frame]').isHidden()).toBe(true);
      expect(await page.getByRole('link', { name: 'Je ne peux pas utiliser la carte' }).isVisible()).toBe(false);
      await page.getByLabel('Latitude').fill('43,6045');
      await page.getByLabel('Longitude').fill('1,4442');
      await page.getByLabel('Type de problème').selectOption('graffiti');
      await page.getByRole('button', { name: 'Continuer' }).click();
      await page.getByText('Étape 2 sur 2').waitFor();
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
    });
  }, 60_000);

  it('keeps the first step’s answers through signing in from the second step', async () => {
    const resident = await createUser(web.api);
    await withVisitor(browser, web.api.url, { javaScript: false }, async ({ page }) => {
      await page.goto('/signalements/nouveau?adresse=capitole');
      await page.getByRole('radio', { name: PLACE_DU_CAPITOLE.label }).check();
      await page.getByLabel('Type de problème').selectOption('graffiti');
      await page.getByRole('button', { name: 'Continuer' }).click();
      await page.getByText('Étape 2 sur 2').waitFor();
      await page.getByRole('main').getByRole('link', { name: 'Se connecter', exact: true }).click();
      await page.getByLabel('Adresse électronique').fill(resident.email);
      await page.getByLabel('Mot de passe', { exact: true }).fill(FACTORY_PASSWORD);
      await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
      await page.getByText('Étape 2 sur 2').waitFor();
      expect(await textOf(page.locator('.report-facts'))).toContain(PLACE_DU_CAPITOLE.label);
      expect(await textOf(page.locator('form.form'))).toContain('Vous signalez en tant que');
      await page.getByLabel('Description').fill('Un tag, signalé après s’être connecté.');
      await Promise.all([
        page.waitForURL(/\/signalements\/[0-9a-f-]{36}$/),
        page.getByRole('button', { name: 'Envoyer le signalement' }).click(),
      ]);
      const mine = await web.api.gql
        .as(resident.token)
        .ok<{ myReports: { address: string; category: { code: string } }[] }>(
          `{ myReports { address category { code } } }`,
        );
      expect(mine.myReports).toEqual([{ address: PLACE_DU_CAPITOLE.label, category: { code: 'graffiti' } }]);
    });
  }, 90_000);

  describe('the list and map around a point', () => {
    beforeAll(async () => {
      // 23 reports within 230 m of the centre (the newest the furthest), and 2 more than a kilometre away.
      for (let i = 0; i < 23; i++) await submit(north(LIST_CENTRE, 10 * i), 'fly_tipping', `Dépôt près du centre ${i}`);
      await submit(north(LIST_CENTRE, 1500), 'fly_tipping', 'Dépôt loin au nord');
      await submit(north(LIST_CENTRE, 1600), 'graffiti', 'Tag loin au nord');
    });

    it('lists and maps the reports within the smallest radius, with the same items, in keyset pages', async () => {
      await withVisitor(browser, web.api.url, {}, async ({ page }) => {
        const response = await page.goto(
          `/signalements?lat=${LIST_CENTRE.latitude}&lon=${LIST_CENTRE.longitude}&rayon=250`,
        );
        expect(response?.headers()['content-security-policy']).toContain(tiles.origin);
        expect(await textOf(page.locator('.report-near'))).toBe('Autour du point 43,5985, 1,4105, à moins de 250 m.');
        expect(await textOf(page.locator('.report-count'))).toBe('23 signalements, les plus récents d’abord.');
        const items = page.locator('#liste-signalements > li');
        expect(await items.count()).toBe(20);
        expect(await textOf(items.first())).toContain('à 220 m');
        const map = page.getByRole('application', { name: 'Carte des signalements de la liste' });
        await map.waitFor();
        await loadedTiles(page);
        const markers = page.locator('.map-marker[role="img"]');
        expect(await markers.count()).toBe(20);
        // Each marker: the list's number and name as its text alternative, and the same report.
        const listed = await items.evaluateAll((lis) =>
          lis.map((li, i) => [
            `${i + 1}. ${(li as HTMLElement).dataset.title}`,
            li.querySelector('a')!.getAttribute('href'),
          ]),
        );
        const marked = await markers.evaluateAll((dots) =>
          dots.map((dot) => [dot.getAttribute('aria-label'), (dot as HTMLElement).dataset.href]),
        );
        expect(marked).toEqual(listed);
        expect(await page.getByRole('img', { name: listed[0][0]!, exact: true }).count()).toBe(1);
        await expectAccessible(page);
        await screenshot(page, 'report-list-map');

        // Markers of close reports overlap: the last one, the southernmost, is on top.
        await markers.nth(19).click();
        await page.waitForURL(`**${listed[19][1]}`);
        await page.goBack();
        await page.getByRole('link', { name: 'Signalements suivants' }).click();
        expect(await items.count()).toBe(3);
        expect(new URL(page.url()).searchParams.get('rayon')).toBe('250');
        expect(await page.locator('.map-marker[role="img"]').count()).toBe(3);

        // A far report's page offers the reports around it.
        const far = (await submit(north(LIST_CENTRE, 1510), 'graffiti', 'Un autre tag loin au nord')).submitIssueReport;
        await page.goto(`/signalements/${far.id}`);
        await page.getByRole('link', { name: 'Signalements autour de celui-ci' }).click();
        expect(await textOf(page.locator('.report-count'))).toBe('3 signalements, les plus récents d’abord.');
        await page.getByLabel('Type', { exact: true }).selectOption('graffiti');
        await page.getByRole('button', { name: 'Filtrer' }).click();
        expect(await textOf(page.locator('.report-count'))).toBe('2 signalements, les plus récents d’abord.');
      });
    }, 120_000);

    it('counts every report of a longer list per sector on the map, each group a link to the list around it', async () => {
      await withVisitor(browser, web.api.url, {}, async ({ page }) => {
        await page.goto(`/signalements?lat=${LIST_CENTRE.latitude}&lon=${LIST_CENTRE.longitude}&rayon=500`);
        expect(await textOf(page.locator('.report-count'))).toBe('23 signalements, les plus récents d’abord.');
        const map = page.getByRole('application', { name: 'Carte des signalements de la liste, comptés par secteur' });
        await map.waitFor();
        await loadedTiles(page);
        expect(await page.locator('.map-marker').count()).toBe(0);
        // Every report of both pages is in a group, named with the count it shows.
        const groups = map.getByRole('link', { name: /signalements? dans ce secteur : voir la liste autour$/ });
        const named = await groups.evaluateAll((links) =>
          links.map((a) => ({ text: a.textContent!, label: a.getAttribute('aria-label')! })),
        );
        expect(named.length).toBeGreaterThan(1);
        expect(named.reduce((sum, g) => sum + Number(g.text), 0)).toBe(23);
        for (const g of named) expect(g.label.startsWith(`${g.text} signalement`)).toBe(true);
        await expectAccessible(page);
        await screenshot(page, 'report-list-map-groups');

        // The groups come after the map in the keyboard's order; Enter opens the list around one.
        await tabTo(page, map);
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
        expect(focused).toBe(named[0].label);
        await Promise.all([page.waitForURL(/rayon=250/), page.keyboard.press('Enter')]);
        const narrowed = Number((await textOf(page.locator('.report-count'))).split(' ')[0]);
        expect(narrowed).toBeGreaterThanOrEqual(Number(named[0].text));
        expect(narrowed).toBeLessThanOrEqual(23);
      });
    }, 90_000);

    it('finds the place from an address biased to the commune, without JavaScript', async () => {
      const { page, context } = await newVisitor(browser, web.api.url, { javaScript: false, width: 320 });
      geocoder.addresses = [SAINT_CYPRIEN];
      try {
        await page.goto('/signalements');
        await page.getByLabel('Adresse ou lieu').fill('place saint-cyprien');
        await page.getByLabel('Dans un rayon de').selectOption('250');
        await page.getByRole('button', { name: 'Filtrer' }).click();
        await page.waitForURL(/adresse=place/);
        expect(await textOf(page.locator('.report-near'))).toBe(
          `Autour de « ${SAINT_CYPRIEN.label} », à moins de 250 m.`,
        );
        expect(await textOf(page.locator('.report-count'))).toBe('23 signalements, les plus récents d’abord.');
        expect(await page.locator('[data-map-frame]').count()).toBe(1);
        expect(await page.locator('[data-map-frame]').isHidden()).toBe(true);
        const asked = geocoder.queries.at(-1)!;
        expect(asked.get('citycode')).toBe('31555');
        expect(Number(asked.get('lat'))).toBeCloseTo((TOULOUSE_BOX.south + TOULOUSE_BOX.north) / 2, 3);
        expect(Number(asked.get('lon'))).toBeCloseTo((TOULOUSE_BOX.west + TOULOUSE_BOX.east) / 2, 3);
        await expectAccessible(page);
        await expectNoHorizontalScroll(page);
        await page.getByRole('link', { name: 'Signalements suivants' }).click();
        expect(await page.locator('#liste-signalements > li').count()).toBe(3);

        await page.goto('/signalements?lat=quarante&lon=1,44');
        expect(await textOf(page.locator('.report-near'))).toContain('degrés décimaux');
      } finally {
        geocoder.addresses = [PLACE_DU_CAPITOLE];
        await context.close();
      }
    }, 90_000);
  });

  it('uses the commune’s own map settings, allows only their tile server, and stops at the commune’s margin', async () => {
    const other = await TileStub.start();
    const settings = web.api.app.get(MunicipalitySettingsService);
    const margin = 1000;
    // The commune's box widened by 1 km (longitude measured at the box's northern edge).
    const west =
      TOULOUSE_BOX.west - margin / 111_195 / Math.cos(((TOULOUSE_BOX.north + margin / 111_195) * Math.PI) / 180);
    try {
      await settings.update(
        {
          map: {
            tileUrlTemplate: other.urlTemplate,
            attribution: '© Ville de Toulouse',
            minZoom: 3,
            maxZoom: 18,
            boundsMarginMeters: margin,
          },
        },
        null,
      );
      await withVisitor(browser, web.api.url, {}, async ({ page }) => {
        const response = await page.goto('/signalements/nouveau');
        const csp = response?.headers()['content-security-policy'] ?? '';
        expect(csp).toContain(`img-src 'self' ${other.origin};`);
        expect(csp).not.toContain(tiles.origin);
        await loadedTiles(page);
        expect(other.requests.length).toBeGreaterThan(0);
        expect(await textOf(page.locator('.leaflet-control-attribution'))).toContain('© Ville de Toulouse');

        // Keyboard only: the arrows stop at the margin, and the map zooms out no further than showing it all.
        const map = page.getByRole('application', { name: 'Carte : placez le point du problème' });
        await tabTo(page, map);
        await pressOnMap(page, 'ArrowLeft', 8);
        const centre = await placeAtCentre(page);
        // Without the limit, eight arrows would have moved the centre 0.5° west.
        expect(centre.longitude).toBeGreaterThan(west);
        await pressOnMap(page, '-', 3);
        // Far above the commune's lowest zoom (3): the level showing the whole box.
        expect(await page.getByRole('button', { name: 'Dézoomer' }).getAttribute('aria-disabled')).toBe('true');
        expect((await placeAtCentre(page)).longitude).toBeGreaterThan(west);
      });
    } finally {
      await settings.update({ resetMap: true }, null);
      await other.close();
    }
  }, 60_000);
});

import { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { Role } from '@quorum/access';
import { createUser } from '../utils/users.factory';
import { CAPITOLE, north, seedReportCategories } from '../utils/reports.factory';
import { GeocoderStub } from '../utils/geocoder-stub';
import { PHONE_EXIF } from '../utils/phone-exif';
import { FACTORY_PASSWORD, signIn } from './support/accounts';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  launchBrowser,
  newVisitor,
  tabTo,
  textOf,
  VISITORS,
  withVisitor,
} from './support/browser';
import { screenshot } from './support/screenshots';
import { startWebApp, WebApp } from './support/web-app';

const PLACE_DU_CAPITOLE = { label: '1 Place du Capitole 31000 Toulouse', ...CAPITOLE };
const JEAN_JAURES = { label: 'Allées Jean Jaurès 31000 Toulouse', latitude: 43.6063, longitude: 1.4497 };

/** A JPEG as a phone writes it: EXIF with the make and the GPS position (here 43.6052 N, 1.4419 E). */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 240, channels: 3, background: '#7a6a55' } })
    .jpeg()
    .withExif(PHONE_EXIF)
    .toBuffer();
}

/** The first bytes of an iPhone HEIC file: an ISO BMFF `ftyp` box with the `heic` brand. */
const HEIC_HEADER = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypheic', 'latin1'),
  Buffer.alloc(4),
  Buffer.from('mif1heic', 'latin1'),
  Buffer.alloc(64),
]);

async function chooseCategory(page: Page, name: string): Promise<void> {
  await page.getByLabel('Type de problème').selectOption({ label: name });
}

async function continueToDetails(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByText('Étape 2 sur 2').waitFor();
}

async function submitReport(page: Page): Promise<string> {
  await Promise.all([
    page.waitForURL(/\/signalements\/[0-9a-f-]{36}$/),
    page.getByRole('button', { name: 'Envoyer le signalement' }).click(),
  ]);
  return new URL(page.url()).pathname.split('/').pop()!;
}

describe('reporting a problem in public space, without a map', () => {
  let web: WebApp;
  let browser: Browser;
  let geocoder: GeocoderStub;

  beforeAll(async () => {
    geocoder = await GeocoderStub.start([PLACE_DU_CAPITOLE, JEAN_JAURES]);
    [web, browser] = await Promise.all([startWebApp({ GEOCODER_URL: geocoder.url }), launchBrowser()]);
    await seedReportCategories(web.api);
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await geocoder?.close();
  });

  async function report(id: string) {
    const data = await web.api.gql.ok(
      `query ($id: ID!) { issueReport(id: $id) { latitude longitude address description attributes category { code } photos { url } } }`,
      { id },
    );
    return data.issueReport;
  }

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();

    it('reports through the address search: results as radio buttons, then the category’s questions', async () => {
      await withVisitor(browser, web.api.url, options, async ({ page }) => {
        await page.goto('/signalements/nouveau');
        expect(await page.locator('h1').innerText()).toBe('Signaler un problème');
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);
        await page.getByRole('searchbox', { name: 'Adresse' }).fill('place du capitole');
        await page.getByRole('button', { name: 'Chercher l’adresse' }).click();
        await page.waitForURL('**/signalements/nouveau?adresse=*');
        const results = page.getByRole('group', { name: 'Adresses trouvées pour « place du capitole »' });
        expect(await results.getByRole('radio').count()).toBe(2);
        await screenshot(page, `report-place-${slug}`);
        await results.getByRole('radio', { name: PLACE_DU_CAPITOLE.label }).check();
        await chooseCategory(page, 'Pothole');
        await continueToDetails(page);
        expect(await textOf(page.locator('.report-facts'))).toContain(PLACE_DU_CAPITOLE.label);
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);

        // Every refusal at its field: the required question, the number, the description.
        await page.getByLabel('Approximate depth').fill('deep');
        await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
        expect(await page.title()).toMatch(/^Erreur : /);
        const summary = page.getByRole('alert');
        expect(await summary.getByRole('link').allInnerTexts()).toEqual([
          'Répondez à cette question.',
          'Indiquez un nombre.',
          'Décrivez le problème.',
        ]);
        expect(await textOf(page.locator('#attr-depth_cm-error'))).toContain('Indiquez un nombre.');
        expect(await page.getByLabel('Approximate depth').getAttribute('aria-invalid')).toBe('true');
        await expectAccessible(page);
        await screenshot(page, `report-details-errors-${slug}`);

        await page.getByRole('radio', { name: 'Up to a car wheel' }).check();
        await page.getByLabel('Approximate depth').fill('8,5');
        await page.getByRole('checkbox', { name: 'Cycle lane' }).check();
        await page.getByLabel('Description').fill(`Un trou profond devant la mairie (${slug}).`);
        await page.getByLabel('Adresse e-mail').fill('habitant@example.org');
        const id = await submitReport(page);
        expect(await textOf(page.getByRole('status'))).toContain('Merci, votre signalement est envoyé.');
        expect(await page.locator('h1').innerText()).toMatch(/^Pothole : signalement du /);
        expect(await page.getByRole('link', { name: new RegExp(`/signalements/${id}$`) }).count()).toBe(1);
        expect(await textOf(page.locator('.report-history'))).toContain('Signalé');
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);
        await screenshot(page, `report-page-${slug}`);

        expect(await report(id)).toMatchObject({
          latitude: PLACE_DU_CAPITOLE.latitude,
          longitude: PLACE_DU_CAPITOLE.longitude,
          address: PLACE_DU_CAPITOLE.label,
          attributes: { size: 'medium', depth_cm: 8.5, location_type: ['cycle_lane'] },
          category: { code: 'pothole' },
        });
      });
    }, 120_000);

    it('reports with latitude and longitude, each refusal at its field first', async () => {
      await withVisitor(browser, web.api.url, options, async ({ page }) => {
        await page.goto('/signalements/nouveau');
        await page.getByRole('button', { name: 'Continuer' }).click();
        expect(await page.getByRole('alert').getByRole('link').allInnerTexts()).toEqual([
          'Indiquez où se trouve le problème : choisissez une adresse, indiquez la latitude et la longitude, ou ajoutez une photo qui contient sa position.',
          'Choisissez le type de problème.',
        ]);
        await expectAccessible(page);

        await page.getByLabel('Latitude').fill('143,6');
        await page.getByRole('button', { name: 'Continuer' }).click();
        expect(await textOf(page.locator('#latitude-error'))).toContain('entre -90 et 90');
        expect(await textOf(page.locator('#longitude-error'))).toContain('Indiquez aussi la longitude.');

        // A point outside the commune is refused by the API, and said at the place.
        await page.getByLabel('Latitude').fill('48,8566');
        await page.getByLabel('Longitude').fill('2,3522');
        await chooseCategory(page, 'Graffiti');
        await continueToDetails(page);
        await page.getByLabel('Description').fill('Un tag sur le mur.');
        await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
        expect(await textOf(page.locator('#latitude-error'))).toContain('en dehors de la commune');
        await expectAccessible(page);

        await page.getByLabel('Latitude').fill('43,6045');
        await page.getByLabel('Longitude').fill('1,4442');
        await chooseCategory(page, 'Graffiti');
        await continueToDetails(page);
        await page.getByLabel('Description').fill('Un tag sur le mur.');
        const id = await submitReport(page);
        expect(await report(id)).toMatchObject({ latitude: 43.6045, longitude: 1.4442, address: null });
      });
    }, 120_000);
  });

  it('takes the position from the photo’s EXIF, and serves the photo without EXIF', async () => {
    await withVisitor(browser, web.api.url, { javaScript: false }, async ({ page }) => {
      await page.goto('/signalements/nouveau');
      await page
        .getByLabel('Photo')
        .setInputFiles({ name: 'IMG_0042.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() });
      await chooseCategory(page, 'Graffiti');
      await continueToDetails(page);
      expect(await textOf(page.locator('.report-facts'))).toContain('43.6052, 1.4419');
      await page.getByLabel('Description').fill('Un tag sur la façade.');
      const id = await submitReport(page);
      const saved = await report(id);
      expect(saved).toMatchObject({ latitude: 43.6052, longitude: 1.4419 });
      const served = await fetch(`${web.api.url}${saved.photos[0].url}`);
      expect(served.status).toBe(200);
      const metadata = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
      expect(metadata.exif).toBeUndefined();
      await expectAccessible(page);
      expect(await page.getByRole('img', { name: 'Photo du problème signalé' }).count()).toBe(1);
    });
  }, 60_000);

  it('refuses HEIC and files that are no image at the photo field, keeping the rest', async () => {
    await withVisitor(browser, web.api.url, { javaScript: false }, async ({ page }) => {
      await page.goto('/signalements/nouveau');
      await page
        .getByLabel('Photo')
        .setInputFiles({ name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: HEIC_HEADER });
      await page.getByLabel('Latitude').fill('43,6045');
      await page.getByLabel('Longitude').fill('1,4442');
      await chooseCategory(page, 'Graffiti');
      await page.getByRole('button', { name: 'Continuer' }).click();
      expect(await textOf(page.locator('#photo-error'))).toContain('Les photos HEIC');
      expect(await page.getByLabel('Latitude').inputValue()).toBe('43,6045');
      expect(await page.getByLabel('Type de problème').inputValue()).toBe('graffiti');
      await expectAccessible(page);

      await page
        .getByLabel('Photo')
        .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
      await page.getByRole('button', { name: 'Continuer' }).click();
      expect(await textOf(page.locator('#photo-error'))).toContain('n’est pas une image JPEG, PNG ou WebP');

      // A photo with no position, and no other place: said at the place.
      const plain = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#333' } })
        .png()
        .toBuffer();
      await page.getByLabel('Latitude').fill('');
      await page.getByLabel('Longitude').fill('');
      await page.getByLabel('Photo').setInputFiles({ name: 'plain.png', mimeType: 'image/png', buffer: plain });
      await page.getByRole('button', { name: 'Continuer' }).click();
      expect(await textOf(page.locator('#adresse-error'))).toContain('Cette photo ne contient pas de position');
      expect(await textOf(page.locator('#photo-hint'))).toContain('Photo reçue');
    });
  }, 60_000);

  it('suggests the open reports of the same category within 250 m, signed in', async () => {
    const resident = await createUser(web.api, { role: Role.RESIDENT });
    const near = north(CAPITOLE, 200);
    const far = north(CAPITOLE, 400);
    const submit = (point: { latitude: number; longitude: number }, categoryCode: string, description: string) =>
      web.api.gql.ok(`mutation ($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`, {
        input: { ...point, categoryCode, description },
      });
    await submit(near, 'street_light', 'Le lampadaire à 200 m est éteint.');
    await submit(far, 'street_light', 'Le lampadaire à 400 m est éteint.');
    await submit(near, 'graffiti', 'Un graffiti à 200 m.');
    await withVisitor(browser, web.api.url, { javaScript: false }, async ({ page }) => {
      await signIn(page, resident.email);
      await page.goto('/signalements/nouveau');
      await page.getByLabel('Latitude').fill(String(CAPITOLE.latitude));
      await page.getByLabel('Longitude').fill(String(CAPITOLE.longitude));
      await chooseCategory(page, 'Street light not working');
      await continueToDetails(page);
      const duplicates = page.getByRole('region', { name: 'Déjà signalé ?' });
      expect(await duplicates.locator('.report-duplicate__description').allInnerTexts()).toEqual([
        'Le lampadaire à 200 m est éteint.',
      ]);
      expect(await textOf(duplicates.locator('.report-duplicate__meta'))).toMatch(/^À 200 m · Signalé · signalé le /);
      expect(await page.getByLabel('Adresse e-mail').count()).toBe(0);
      expect(await textOf(page.locator('form.form'))).toContain('Vous signalez en tant que');
      await expectAccessible(page);
      await screenshot(page, 'report-duplicates');
      // Following instead of reporting again: a record, then the report's page says so and offers to stop.
      await duplicates.getByRole('button', { name: 'Suivre ce signalement' }).click();
      await page.waitForURL(/\/signalements\/[0-9a-f-]{36}$/);
      expect(await page.locator('h1').innerText()).toMatch(/^Street light not working : signalement du /);
      expect(await textOf(page.getByRole('status'))).toBe(
        'Vous suivez ce signalement : inutile de le signaler de nouveau.',
      );
      const reportId = new URL(page.url()).pathname.split('/').pop()!;
      const followed = () =>
        web.api.db.query(`SELECT count(*)::int AS n FROM issue_report_follows WHERE report_id = $1 AND user_id = $2`, [
          reportId,
          resident.id,
        ]);
      expect(await followed()).toEqual([{ n: 1 }]);
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Ne plus suivre ce signalement' }).click();
      expect(await textOf(page.getByRole('status'))).toBe('Vous ne suivez plus ce signalement.');
      expect(await followed()).toEqual([{ n: 0 }]);
      expect(await page.getByRole('button', { name: 'Suivre ce signalement' }).count()).toBe(1);
    });
  }, 60_000);

  it('asks visitors to sign in to follow, and comes back to the report', async () => {
    const resident = await createUser(web.api);
    const { submitIssueReport } = await web.api.gql.ok(
      `mutation ($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`,
      { input: { ...north(CAPITOLE, 50), categoryCode: 'overflowing_bin', description: 'La poubelle déborde.' } },
    );
    await withVisitor(browser, web.api.url, { javaScript: false }, async ({ page }) => {
      await page.goto(`/signalements/${submitIssueReport.id}`);
      await page.getByRole('link', { name: 'Se connecter pour suivre ce signalement' }).click();
      await page.getByLabel('Adresse électronique').fill(resident.email);
      await page.getByLabel('Mot de passe', { exact: true }).fill(FACTORY_PASSWORD);
      await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
      await page.waitForURL(`**/signalements/${submitIssueReport.id}`);
      await page.getByRole('button', { name: 'Suivre ce signalement' }).click();
      expect(await textOf(page.getByRole('status'))).toContain('Vous suivez ce signalement');
    });
  }, 60_000);

  it('lists the reports with filters and keyset pages, and "my reports"', async () => {
    const resident = await createUser(web.api);
    const mine = web.api.gql.as(resident.token);
    const input = (i: number, categoryCode: string) => ({
      ...north(CAPITOLE, 10 * i),
      categoryCode,
      description: `Dépôt sauvage numéro ${i}`,
    });
    for (let i = 0; i < 23; i++)
      await mine.ok(`mutation ($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`, {
        input: input(i, 'fly_tipping'),
      });
    await withVisitor(browser, web.api.url, { javaScript: false, width: 320 }, async ({ page }) => {
      await page.goto('/');
      await page
        .getByRole('navigation', { name: 'Menu principal' })
        .getByRole('link', { name: 'Signalements' })
        .click();
      expect(await page.locator('h1').innerText()).toBe('Signalements');
      await page.getByLabel('Type').selectOption({ label: 'Fly-tipping' });
      await page.getByLabel('État').selectOption({ label: 'Signalé' });
      await page.getByRole('button', { name: 'Filtrer' }).click();
      await page.waitForURL(/categorie=fly_tipping&etat=OPEN/);
      expect(await textOf(page.locator('.report-count'))).toBe('23 signalements, les plus récents d’abord.');
      expect(await page.locator('.report-list__item').count()).toBe(20);
      expect(await textOf(page.locator('.report-list__item').first())).toContain('Dépôt sauvage numéro 22');
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
      await screenshot(page, 'report-list-320');
      await page.getByRole('link', { name: 'Signalements suivants' }).click();
      expect(await page.locator('.report-list__item').count()).toBe(3);
      expect(await page.getByLabel('Type').inputValue()).toBe('fly_tipping');
      await page.getByRole('link', { name: 'Revenir aux plus récents' }).click();
      expect(await page.locator('.report-list__item').count()).toBe(20);

      await page.goto('/mon-compte/signalements');
      await page.waitForURL('**/connexion?suivant=*');
      await page.getByLabel('Adresse électronique').fill(resident.email);
      await page.getByLabel('Mot de passe', { exact: true }).fill(FACTORY_PASSWORD);
      await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
      await page.waitForURL('**/mon-compte/signalements');
      expect(await page.locator('h1').innerText()).toBe('Mes signalements');
      expect(await page.locator('.report-list__item').count()).toBe(23);
      await expectAccessible(page);
      await page.goto('/mon-compte');
      await page.getByRole('main').getByRole('link', { name: 'Mes signalements' }).click();
      expect(await page.locator('h1').innerText()).toBe('Mes signalements');
    });
  }, 90_000);

  it('reports with the keyboard only: search, choose the address, the category, the questions, send', async () => {
    await withVisitor(browser, web.api.url, {}, async ({ page }) => {
      await page.goto('/signalements/nouveau');
      await tabTo(page, page.getByRole('searchbox', { name: 'Adresse' }));
      await page.keyboard.type('allées jean jaurès');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/signalements/nouveau?adresse=*');
      await tabTo(page, page.getByRole('radio', { name: PLACE_DU_CAPITOLE.label }));
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { name: JEAN_JAURES.label }).isChecked()).toBe(true);
      await tabTo(page, page.getByLabel('Type de problème'));
      await page.keyboard.type('Graffiti');
      expect(await page.getByLabel('Type de problème').inputValue()).toBe('graffiti');
      await tabTo(page, page.getByRole('button', { name: 'Continuer' }));
      await page.keyboard.press('Enter');
      await page.getByText('Étape 2 sur 2').waitFor();
      await tabTo(page, page.getByLabel('Description'));
      await page.keyboard.type('Un tag sur un banc.');
      await tabTo(page, page.getByRole('button', { name: 'Envoyer le signalement' }));
      await Promise.all([page.waitForURL(/\/signalements\/[0-9a-f-]{36}$/), page.keyboard.press('Enter')]);
      const id = new URL(page.url()).pathname.split('/').pop()!;
      expect(await report(id)).toMatchObject({ address: JEAN_JAURES.label, category: { code: 'graffiti' } });
    });
  }, 60_000);

  it('answers broken multipart bodies with the expired-form page, never a server error', async () => {
    const twoFiles = new FormData();
    twoFiles.append('photo', new Blob([Buffer.from('a')]), 'a.jpg');
    twoFiles.append('photo', new Blob([Buffer.from('b')]), 'b.jpg');
    const broken = { 'content-type': 'multipart/form-data; boundary=nothing-here' };
    for (const init of [{ body: twoFiles }, { body: '--elsewhere\r\nbroken', headers: broken }]) {
      const response = await fetch(`${web.api.url}/signalements/nouveau`, { method: 'POST', ...init });
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toContain('text/html');
    }
  }, 30_000);

  it('keeps the latitude and longitude path when the geocoder fails', async () => {
    geocoder.status = 503;
    const { page, context } = await newVisitor(browser, web.api.url, { javaScript: false });
    try {
      await page.goto('/signalements/nouveau?adresse=rue%20introuvable');
      expect(await textOf(page.getByRole('status'))).toContain('La recherche d’adresse ne répond pas');
      await page.getByLabel('Latitude').fill('43.6045');
      await page.getByLabel('Longitude').fill('1.4442');
      await chooseCategory(page, 'Graffiti');
      await continueToDetails(page);
    } finally {
      geocoder.status = 200;
      await context.close();
    }
  }, 60_000);
});

import { Page } from 'playwright-core';
import sharp from 'sharp';
import { insertTrackedItem } from '../utils/tracking.factory';
import { signIn } from './support/accounts';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  focused,
  tabTo,
  textOf,
  typeText,
  VISITORS,
  withVisitor,
} from './support/browser';
import { screenshot } from './support/screenshots';
import { siteSession } from './support/site-session';

const photo = () =>
  sharp({ create: { width: 120, height: 80, channels: 3, background: { r: 60, g: 140, b: 90 } } })
    .jpeg()
    .toBuffer();

/**
 * The back office's project tracking (issue #21 for #24), with JavaScript on
 * and off: the item form used with the keyboard alone (a refusal said at the
 * top and at its field, then saved), news with a photo and its text, a
 * deliberation; axe on every page, no sideways scroll at 320 px.
 */
describe('back office: project tracking', () => {
  const site = siteSession({ staff: true });

  const flash = (page: Page) => page.locator('.staff-nav + .flash[role="status"]').innerText();

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();

    it('updates an item with the keyboard alone, publishes news with a photo, links a deliberation', async () => {
      const title = `Jardin partagé ${slug}`;
      const itemId = await insertTrackedItem(site.web.api, { title });
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        const check = async (shot: string) => {
          await expectAccessible(page);
          if (options.width === 320) await expectNoHorizontalScroll(page);
          await screenshot(page, `staff-tracking-${shot}-${slug}`);
        };
        await signIn(page, site.staff.email);
        await page.goto('/gestion');
        await page
          .getByRole('navigation', { name: 'Gestion' })
          .getByRole('link', { name: 'Suivi des projets' })
          .click();
        await page.waitForURL('**/gestion/suivi-des-projets');
        await page.getByLabel('Statut').selectOption('PLANNED');
        await page.getByRole('button', { name: 'Filtrer' }).click();
        await page.waitForURL(/\/gestion\/suivi-des-projets\?statut=PLANNED/);
        await check('list');
        await page.getByRole('link', { name: title }).click();
        await page.waitForURL(`**/gestion/suivi-des-projets/${itemId}`);
        await check('item');

        // The keyboard alone: the status radios with the arrows, the button with Enter.
        await tabTo(page, page.getByLabel('Prévu', { exact: true }));
        for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
        expect(await page.getByLabel('Abandonné', { exact: true }).isChecked()).toBe(true);
        await tabTo(page, page.getByLabel('Montant engagé, en euros'));
        await page.keyboard.press('ControlOrMeta+A');
        await typeText(page, '12 500');
        await tabTo(page, page.getByRole('button', { name: 'Enregistrer le suivi' }));
        await page.keyboard.press('Enter');
        // Refused: said at the top (focused, so read first) and at the field; what was typed stays.
        const summary = page.getByRole('alert');
        await summary.waitFor();
        expect(await page.title()).toMatch(/^Erreur : /);
        expect(await summary.innerText()).toContain('Pour un projet abandonné, expliquez pourquoi');
        expect((await focused(page)).tag).toBe('div');
        const reason = page.getByLabel('Pourquoi le projet est abandonné');
        expect(await reason.getAttribute('aria-invalid')).toBe('true');
        expect(await reason.getAttribute('aria-describedby')).toContain('abandonReason-error');
        expect(await page.getByLabel('Abandonné', { exact: true }).isChecked()).toBe(true);
        expect(await page.getByLabel('Montant engagé, en euros').inputValue()).toBe('12 500');
        await check('item-refused');
        // The summary's link leads to the field.
        await tabTo(page, summary.getByRole('link'));
        await page.keyboard.press('Enter');
        expect(new URL(page.url()).hash).toBe('#abandonReason');
        expect((await focused(page)).id).toBe('abandonReason');
        await typeText(page, 'Le terrain est réservé à l’extension de l’école.');
        await tabTo(page, page.getByRole('button', { name: 'Enregistrer le suivi' }));
        await page.keyboard.press('Enter');
        await page.locator('.flash').waitFor();
        expect(await flash(page)).toBe('Le suivi du projet est enregistré.');
        expect(await textOf(page.locator('.staff-facts'))).toContain('Abandonné');

        // News with a photo: a refusal keeps the photo received, which is published once the text is right.
        await page.getByRole('link', { name: 'Publier une actualité' }).click();
        await page.waitForURL(`**/gestion/suivi-des-projets/${itemId}/actualites`);
        await check('news');
        // What the photos take is said once, above them, and read with each field it explains.
        expect(await page.getByText('JPEG, PNG ou WebP, 10 Mo au plus').count()).toBe(1);
        for (const [label, hint] of [
          ['Fichier de la photo 6', 'JPEG, PNG ou WebP'],
          ['Ce que montre la photo 6', 'qui ne la voient pas'],
        ]) {
          const [first] = (await page.getByLabel(label).getAttribute('aria-describedby'))!.split(' ');
          expect(await textOf(page.locator(`#${first}`))).toContain(hint);
        }
        await page.getByLabel('Texte de l’actualité').fill('Court');
        await page
          .getByLabel('Fichier de la photo 1')
          .setInputFiles({ name: 'chantier.jpg', mimeType: 'image/jpeg', buffer: await photo() });
        await page.getByLabel('Ce que montre la photo 1').fill('Le terrain clôturé');
        await page.getByRole('button', { name: 'Publier l’actualité' }).click();
        expect(await page.getByRole('alert').innerText()).toContain('Le texte compte de 10 à 4 000 caractères');
        expect(await page.getByLabel('Texte de l’actualité').getAttribute('aria-invalid')).toBe('true');
        expect(await page.getByRole('img', { name: 'La photo 1 reçue' }).count()).toBe(1);
        await check('news-refused');
        await page.getByLabel('Texte de l’actualité').fill('Le projet est abandonné : le terrain revient à l’école.');
        await page.getByRole('button', { name: 'Publier l’actualité' }).click();
        await page.waitForURL(`**/gestion/suivi-des-projets/${itemId}`);
        expect(await flash(page)).toBe(
          'L’actualité est publiée. Les personnes qui suivent le projet en sont prévenues.',
        );
        // The item's history shows the news as residents read it, the photo with its text.
        expect(await textOf(page.locator('.tracking-history'))).toContain('le terrain revient à l’école');
        expect(await page.getByRole('img', { name: 'Le terrain clôturé' }).count()).toBe(1);

        // A deliberation of the council.
        await page.getByRole('link', { name: 'Lier une délibération' }).click();
        await page.waitForURL(`**/gestion/suivi-des-projets/${itemId}/deliberations`);
        await check('deliberation');
        await page.getByLabel('Numéro de la délibération').fill(`DEL-${slug}`);
        await page.getByLabel('Date du vote').fill('2026-03-12');
        await page.getByLabel('Objet').fill('Abandon du projet de jardin partagé');
        await page.getByLabel('Code de la matière').fill('8.4');
        await page.getByLabel('Nom de la matière').fill('Aménagement du territoire');
        await page.getByLabel('Adresse de l’acte').fill('toulouse.fr/acte');
        await page.getByRole('button', { name: 'Lier la délibération' }).click();
        expect(await page.getByRole('alert').innerText()).toContain('L’adresse de l’acte commence par');
        expect(await page.getByLabel('Adresse de l’acte').getAttribute('aria-invalid')).toBe('true');
        await check('deliberation-refused');
        await page.getByLabel('Adresse de l’acte').fill('https://www.toulouse.fr/acte.pdf');
        await page.getByRole('button', { name: 'Lier la délibération' }).click();
        await page.waitForURL(`**/gestion/suivi-des-projets/${itemId}`);
        expect(await flash(page)).toBe('La délibération est liée au projet.');

        // Residents read it all on the public page: the reason, the news and its photo's text, the deliberation.
        await page.getByRole('link', { name: 'Voir la page publique du projet' }).click();
        await page.waitForURL(`**/suivi-des-projets/${itemId}`);
        const publicText = await textOf(page.locator('main'));
        expect(publicText).toContain('Le terrain est réservé à l’extension de l’école.');
        expect(publicText).toContain(`DEL-${slug}`);
        expect(await page.getByRole('img', { name: 'Le terrain clôturé' }).count()).toBe(1);
      });
    }, 180_000);
  });
});

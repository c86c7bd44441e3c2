import { createBudget } from '../utils/budgets.factory';
import { createConsultation } from '../utils/consultations.factory';
import { createUser } from '../utils/users.factory';
import { CAPITOLE, seedReportCategories } from '../utils/reports.factory';
import { expectAccessible, expectNoHorizontalScroll, focused, textOf, VISITORS, withVisitor } from './support/browser';
import { signIn } from './support/accounts';
import { siteSession } from './support/site-session';

const SUBMIT_REPORT = `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`;

describe('home page', () => {
  const site = siteSession({ staff: true });

  beforeAll(async () => {
    await createConsultation(site.web.api, site.staff.token, { open: 'SUPPORTS' });
    await createBudget(site.web.api, site.staff.token, { totalAmount: 250_000, costs: [100_000, 150_000] });
    await seedReportCategories(site.web.api);
    await site.web.api.gql.ok(SUBMIT_REPORT, {
      input: { categoryCode: 'graffiti', description: 'Tags sur le mur de l’école', ...CAPITOLE },
    });
  });

  describe.each(VISITORS)('$name', ({ options }) => {
    it('shows the commune, what is open now and the key figures, accessibly', async () => {
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        const response = await page.goto('/');
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe('fr');
        await expect(page.title()).resolves.toBe(
          'Participer à la vie de Toulouse – Toulouse – participation citoyenne',
        );
        expect(await page.locator('h1').innerText()).toBe('Participer à la vie de Toulouse');
        const consultations = page.locator('section', {
          has: page.getByRole('heading', { name: 'Consultations en cours' }),
        });
        expect(await textOf(consultations)).toMatch(/Budget participatif 2027\s+Soutien aux propositions jusqu’au/);
        const budgets = page.locator('section', { has: page.getByRole('heading', { name: 'Budgets participatifs' }) });
        expect(await textOf(budgets)).toContain('250 000 € à répartir, vote ouvert jusqu’au');
        expect(await textOf(budgets)).toContain('Aucun résultat n’a encore été publié.');
        const figures = page.locator('section', { has: page.getByRole('heading', { name: 'En chiffres' }) });
        expect(await textOf(figures)).toContain('1\nsignalement, dont aucun réparé');
        // The commune's logo, served by the API (decorative: the link's text names the commune).
        const logo = page.locator('.site-header__logo');
        expect(await logo.getAttribute('alt')).toBe('');
        expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);
      });
    });
  });

  it('asks a signed-in resident to verify residency, and a verified one nothing more', async () => {
    const resident = await createUser(site.web.api, { displayName: 'Rémi Résident' });
    const verified = await createUser(site.web.api, { displayName: 'Vera Vérifiée', verified: true });
    for (const [user, panel] of [
      [resident, 'Une dernière étape'],
      [verified, null],
    ] as const) {
      await withVisitor(site.browser, site.web.api.url, { javaScript: false, width: 320 }, async ({ page }) => {
        await signIn(page, user.email);
        const main = await textOf(page.locator('main'));
        expect(main).not.toContain('Pour participer');
        if (panel) {
          expect(main).toContain(panel);
          await page.getByRole('link', { name: 'Vérifier ma résidence' }).first().click();
          expect(new URL(page.url()).pathname).toBe('/mon-compte/residence');
          await page.goBack();
        } else {
          expect(main).not.toContain('Une dernière étape');
          expect(await page.getByRole('link', { name: 'Vérifier ma résidence' }).count()).toBe(0);
        }
        expect(await page.locator('header').innerText()).toContain(
          `Connecté·e : ${user.id === resident.id ? 'Rémi Résident' : 'Vera Vérifiée'}`,
        );
        await expectAccessible(page);
        await expectNoHorizontalScroll(page);
      });
    }
  });

  it('starts with a skip link that takes the keyboard to the content', async () => {
    await withVisitor(site.browser, site.web.api.url, {}, async ({ page }) => {
      await page.goto('/');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Aller au contenu' });
      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatchObject({ tag: 'main', id: 'contenu' });
    });
  });

  it('switches to English and back without JavaScript, on the same page', async () => {
    await withVisitor(site.browser, site.web.api.url, { javaScript: false }, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(`${site.web.api.url}/`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.locator('h1').innerText()).toBe('Take part in the life of Toulouse');
      expect(await textOf(page.locator('main'))).toContain('€250,000 to allocate');
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Français' }).click();
      await page.waitForURL(`${site.web.api.url}/`);
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
    });
  });

  it('links only to pages that exist', async () => {
    await withVisitor(site.browser, site.web.api.url, { javaScript: false }, async ({ page, context }) => {
      await page.goto('/');
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      for (const href of new Set(hrefs.filter((h) => !h.startsWith('#')))) {
        const response = await context.request.get(href, { maxRedirects: 5 });
        expect({ href, status: response.status() }).toEqual({ href, status: 200 });
      }
    });
  });
});

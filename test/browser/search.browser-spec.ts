import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { createUser } from '../utils/users.factory';
import { expectAccessible, expectNoHorizontalScroll, tabTo, textOf, VISITORS, withVisitor } from './support/browser';
import { screenshot } from './support/screenshots';
import { siteSession } from './support/site-session';

describe('search: the header field and its results', () => {
  const site = siteSession({ staff: true });

  beforeAll(async () => {
    const author = await createUser(site.web.api, { displayName: 'Sacha S.' });
    const consultation = await createConsultation(site.web.api, site.staff.token, { open: 'SUPPORTS' });
    await insertProposals(site.web.api, consultation.id, [author.id], 23, {
      title: (i) => `Une piste cyclable n° ${i}`,
    });
    await insertProposals(site.web.api, consultation.id, [author.id], 2, { title: (i) => `Un jardin partagé n° ${i}` });
  });

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();

    it('searches from the header, shows the count and pages through the results with links', async () => {
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        await page.goto('/');
        await page.getByRole('searchbox', { name: 'Rechercher des propositions' }).fill('PISTES cyclables');
        await page.getByRole('button', { name: 'Rechercher', exact: true }).first().click();
        await page.waitForURL('**/recherche?q=*');
        expect(await page.locator('h1').innerText()).toBe('Recherche : PISTES cyclables');
        expect(await textOf(page.locator('.search-count'))).toBe(
          '23 propositions correspondent à « PISTES cyclables ».',
        );
        expect(await page.locator('.search-result').count()).toBe(20);
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);
        await screenshot(page, `search-${slug}`);

        await page.getByRole('link', { name: 'Résultats suivants' }).click();
        await page.waitForURL('**apres=*');
        expect(await page.locator('.search-result').count()).toBe(3);
        expect(await page.getByRole('link', { name: 'Résultats suivants' }).count()).toBe(0);
        await page.getByRole('link', { name: 'Revenir aux premiers résultats' }).click();
        expect(await page.locator('.search-result').count()).toBe(20);

        await page.goto(`/recherche?q=${encodeURIComponent('aucunmotpareil')}`);
        expect(await textOf(page.locator('.search-count'))).toBe(
          'Aucune proposition ne correspond à « aucunmotpareil ».',
        );
        await page.goto(`/recherche?q=${'x'.repeat(201)}`);
        expect(await page.title()).toMatch(/^Erreur : Rechercher\b/);
        expect(await page.title()).not.toContain('xxx');
        // The refused query is not repeated in the heading: the page falls back to its plain heading.
        expect(await page.locator('h1').innerText()).toBe('Rechercher');
        // The error is tied to the field, prefixed for screen readers like every field's error.
        const box = page.locator('#q');
        expect(await box.getAttribute('aria-invalid')).toBe('true');
        expect(await textOf(page.locator(`#${await box.getAttribute('aria-describedby')}`))).toMatch(/^Erreur :\s+\S/);
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);
      });
    }, 120_000);
  });

  it('searches with the keyboard only', async () => {
    await withVisitor(site.browser, site.web.api.url, {}, async ({ page }) => {
      await page.goto('/');
      await tabTo(page, page.getByRole('searchbox', { name: 'Rechercher des propositions' }));
      await page.keyboard.type('jardin');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/recherche?q=jardin');
      expect(await textOf(page.locator('.search-count'))).toBe('2 propositions correspondent à « jardin ».');
      // Each result is a link to its proposal's page.
      await tabTo(page, page.getByRole('link', { name: 'Un jardin partagé n° 1' }));
      await Promise.all([page.waitForURL('**/propositions/*'), page.keyboard.press('Enter')]);
      expect(await page.locator('h1').innerText()).toBe('Un jardin partagé n° 1');
    });
  }, 60_000);
});

import { signIn } from './support/accounts';
import { textOf, VISITORS, withVisitor } from './support/browser';
import { checkPage } from './support/page-checks';
import { siteSession } from './support/site-session';

/** The back office's census import (issue #21, point 6): a file upload through the page, JavaScript on and off. */
describe('back office: census import', () => {
  const site = siteSession({ staff: true });

  const csv = (text: string, name = 'recensement.csv') => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const prefix = name.replace(/\W+/g, '-').toUpperCase();

    it('refuses a missing or non-UTF-8 file at its field, imports one and sums it up, and the log shows it', async () => {
      const district = site.web.municipality.districts[0].name;
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        const check = (shot: string) => checkPage(page, options, `staff-census-${shot}-${prefix.toLowerCase()}`);
        await signIn(page, site.staff.email);
        await page.goto('/gestion');
        await page.getByRole('navigation', { name: 'Gestion' }).getByRole('link', { name: 'Recensement' }).click();
        await page.waitForURL('**/gestion/recensement');
        await check('form');

        // No file: the API is not called; the summary links to the field.
        await page.getByRole('button', { name: 'Importer' }).click();
        expect(await page.title()).toMatch(/^Erreur : Recensement/);
        expect(await page.getByRole('alert').innerText()).toContain('Choisissez le fichier du recensement à importer');
        expect(await page.getByLabel('Fichier du recensement').getAttribute('aria-invalid')).toBe('true');
        await check('missing');

        // Latin-1 (é as 0xE9) is not UTF-8.
        await page.getByLabel('Fichier du recensement').setInputFiles({
          name: 'latin1.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from([0x41, 0x42, 0x31, 0x32, 0x3b, 0xe9, 0x0a]),
        });
        await page.getByRole('button', { name: 'Importer' }).click();
        expect(await page.locator('#census-error').innerText()).toContain('Le fichier n’est pas en UTF-8');

        const lines = [
          'code',
          `${prefix}-1;${district}`,
          `${prefix}-2`,
          `${prefix}-3;Atlantis`,
          `"${prefix}-4;x`,
          `${prefix}-1;${district}`,
          '!',
        ];
        await page.getByLabel('Fichier du recensement').setInputFiles(csv(lines.join('\r\n')));
        await page.getByRole('button', { name: 'Importer' }).click();
        await page.getByRole('heading', { name: 'Résultat de l’import' }).waitFor();
        expect(await page.getByRole('status').innerText()).toBe(
          'Import terminé : 2 lignes ajoutées, 1 déjà présente, mise à jour, 3 refusées.',
        );
        const refused = page.getByRole('table', { name: 'Lignes refusées et pourquoi' });
        expect(await textOf(refused.locator('tbody'))).toBe(
          '4\tQuartier inconnu\n5\tGuillemets non refermés\n7\tIdentifiant invalide',
        );
        // In the region its caption names, which the keyboard reaches, and whole: its two columns wrap to fit 320 px.
        const region = page.getByRole('region', { name: 'Lignes refusées et pourquoi' });
        expect(await region.count()).toBe(1);
        expect(await region.getAttribute('tabindex')).toBe('0');
        expect(await region.getByRole('table', { name: 'Lignes refusées et pourquoi' }).count()).toBe(1);
        const { scrollWidth, clientWidth } = await region.evaluate((e) => ({
          scrollWidth: e.scrollWidth,
          clientWidth: e.clientWidth,
        }));
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
        await check('result');
        const [{ count }] = await site.web.api.db.query(
          `SELECT count(*)::int AS count FROM census_entries WHERE district_id = $1 AND import_id = (
             SELECT id FROM census_imports WHERE imported_by_id = $2 ORDER BY created_at DESC LIMIT 1)`,
          [site.web.municipality.districts[0].id, site.staff.id],
        );
        expect(count).toBe(1);

        // The import is in the audit log, under its id.
        const [{ id: importId }] = await site.web.api.db.query(
          `SELECT id FROM census_imports WHERE imported_by_id = $1 ORDER BY created_at DESC LIMIT 1`,
          [site.staff.id],
        );
        await page.goto('/gestion/journal?action=identity.census-import');
        const row = page.locator('tbody tr', { hasText: importId });
        expect(await row.count()).toBe(1);
        expect(await textOf(row)).toContain('Agent');
      });
    }, 120_000);
  });
});

import { createUser, freshCensusCode } from '../utils/users.factory';
import { signIn } from './support/accounts';
import { textOf, VISITORS, withVisitor } from './support/browser';
import { checkPage } from './support/page-checks';
import { siteSession } from './support/site-session';

/** In-person verification of a resident in the back office (issue #21, point 6), JavaScript on and off. */
describe('back office: in-person verification', () => {
  const site = siteSession({ staff: true });

  const auditCount = async (action: string): Promise<number> => {
    const [{ count }] = await site.web.api.db.query(
      `SELECT count(*)::int AS count FROM audit_entries WHERE action = $1 AND actor_kind = 'STAFF'`,
      [action],
    );
    return count;
  };

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();

    it('finds the account, refuses what is missing or unknown at its field, verifies it, and logs both', async () => {
      const person = await createUser(site.web.api, { displayName: `Personne au guichet ${slug}` });
      const code = await freshCensusCode(site.web.api);
      const district = site.web.municipality.districts[1];
      const lookupsBefore = await auditCount('identity.account-lookup');
      const verificationsBefore = await auditCount('identity.verify-in-person');
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        const check = (shot: string) => checkPage(page, options, `staff-verification-${shot}-${slug}`);
        await signIn(page, site.staff.email);
        await page.goto('/gestion/recensement');
        await page.getByRole('link', { name: 'Vérifier la résidence d’une personne venue au guichet' }).click();
        await page.waitForURL('**/gestion/recensement/verification');
        expect(await page.locator('h1').innerText()).toBe('Vérification en personne');
        await check('form');

        // Too short a search: refused at its field.
        await page.getByLabel('Adresse électronique ou nom du compte').fill('ab');
        await page.getByRole('button', { name: 'Rechercher le compte' }).click();
        expect(await page.title()).toMatch(/^Erreur : Vérification en personne/);
        expect(await page.getByRole('alert').innerText()).toContain('Saisissez au moins 3 caractères, 254 au plus');
        expect(await page.getByLabel('Adresse électronique ou nom du compte').getAttribute('aria-invalid')).toBe(
          'true',
        );

        // By address: the search never reaches a URL.
        await page.getByLabel('Adresse électronique ou nom du compte').fill(person.email);
        await page.getByRole('button', { name: 'Rechercher le compte' }).click();
        await page.waitForURL('**/gestion/recensement/verification/recherche');
        expect(page.url()).not.toContain(person.email.split('@')[0]);
        expect(await page.getByRole('status').innerText()).toBe('1 compte correspond.');
        const account = page.getByRole('radio', { name: new RegExp(`^Personne au guichet ${slug} – `) });
        expect(await account.count()).toBe(1);
        const accountText = await textOf(page.locator('.verification-form fieldset').first());
        expect(accountText).toContain('adresse u•••@test.quorum');
        expect(accountText).not.toContain(person.email);
        await check('results');

        // Nothing chosen or typed: each missing field said, the same account shown again.
        await page.getByRole('button', { name: 'Vérifier la résidence' }).click();
        const alert = page.getByRole('alert');
        expect(await alert.getByRole('link').allInnerTexts()).toEqual([
          'Choisissez le compte à vérifier',
          'Saisissez l’identifiant de recensement de la personne',
          'Indiquez ce qui a été vérifié',
        ]);
        expect(await account.count()).toBe(1);
        await check('missing');

        // An identifier the census does not hold.
        await account.check();
        await page.getByLabel('Identifiant de recensement').fill('INCONNU42');
        await page.getByLabel(district.name, { exact: true }).check();
        await page.getByLabel('Ce qui a été vérifié').fill('Carte d’identité et facture d’électricité vues au guichet');
        await page.getByRole('button', { name: 'Vérifier la résidence' }).click();
        expect(await page.getByRole('alert').innerText()).toContain(
          'Cet identifiant n’est pas dans le recensement : ajoutez-le d’abord par un import',
        );
        expect(await page.getByLabel('Identifiant de recensement').getAttribute('aria-invalid')).toBe('true');
        // What was typed and chosen is kept.
        expect(await account.isChecked()).toBe(true);
        expect(await page.getByLabel(district.name, { exact: true }).isChecked()).toBe(true);
        expect(await page.getByLabel('Ce qui a été vérifié').inputValue()).toBe(
          'Carte d’identité et facture d’électricité vues au guichet',
        );
        await check('unknown-code');

        await page.getByLabel('Identifiant de recensement').fill(code);
        await page.getByRole('button', { name: 'Vérifier la résidence' }).click();
        await page.waitForURL('**/gestion/recensement/verification');
        expect(await page.getByRole('status').innerText()).toBe(
          'La résidence est vérifiée. La vérification est inscrite au journal d’audit.',
        );
        const [row] = await site.web.api.db.query(
          `SELECT method, reason, district_id AS "districtId", verified_by_id AS "verifiedById"
             FROM residency_verifications WHERE user_id = $1`,
          [person.id],
        );
        expect(row).toEqual({
          method: 'IN_PERSON',
          reason: 'Carte d’identité et facture d’électricité vues au guichet',
          districtId: district.id,
          verifiedById: site.staff.id,
        });

        // Found again, the account is verified and can no longer be chosen.
        await page.getByLabel('Adresse électronique ou nom du compte').fill(`Personne au guichet ${slug}`);
        await page.getByRole('button', { name: 'Rechercher le compte' }).click();
        expect(await textOf(page.locator('main'))).toContain('Aucun de ces comptes ne peut être vérifié.');
        expect(await textOf(page.locator('main'))).toContain('(déjà vérifié)');
        await check('verified');

        // Four lookups (the refused verifications sent the search again), one verification.
        expect(await auditCount('identity.account-lookup')).toBe(lookupsBefore + 4);
        expect(await auditCount('identity.verify-in-person')).toBe(verificationsBefore + 1);

        // Both read back in the audit log's page, staff-only.
        await page.getByRole('navigation', { name: 'Gestion' }).getByRole('link', { name: 'Journal d’audit' }).click();
        await page.waitForURL('**/gestion/journal');
        for (const action of ['identity.verify-in-person', 'identity.account-lookup']) {
          await page.getByLabel('Action').fill(action);
          await page.getByRole('button', { name: 'Filtrer' }).click();
          await page.waitForURL((url) => url.searchParams.get('action') === action);
          const rows = page.locator('tbody tr', { hasText: action });
          expect({ action, rows: await rows.count() }).toEqual({ action, rows: await auditCount(action) });
          expect(await textOf(rows.first())).toContain('Agents seulement');
        }
        await check('audit');
      });
    }, 120_000);
  });
});

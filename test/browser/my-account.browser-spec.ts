import { createUser } from '../utils/users.factory';
import { FACTORY_PASSWORD, signIn } from './support/accounts';
import { tabTo, VISITORS, withVisitor } from './support/browser';
import { checkPage } from './support/page-checks';
import { siteSession } from './support/site-session';

describe('my account: name, password, my data, deletion', () => {
  const site = siteSession();

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();

    it('reaches my account from the header and uses each form, errors first', async () => {
      const user = await createUser(site.web.api, { displayName: `Manon ${slug}` });
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        const check = (shot: string) => checkPage(page, options, `${shot}-${slug}`);
        await signIn(page, user.email);
        await page.getByRole('link', { name: `Connecté·e : Manon ${slug}` }).click();
        await page.waitForURL('**/mon-compte');
        expect(await page.locator('h1').innerText()).toBe('Mon compte');
        expect(await page.locator('main').innerText()).toContain(user.email);
        await check('account');

        // Display name: a refusal first, summarised and tied to the field.
        await page.getByRole('link', { name: 'Modifier le nom affiché' }).click();
        await page.getByLabel('Nom affiché').fill('x');
        await page.getByRole('button', { name: 'Enregistrer' }).click();
        expect(await page.title()).toMatch(/^Erreur : Modifier le nom affiché/);
        expect(await page.getByLabel('Nom affiché').getAttribute('aria-invalid')).toBe('true');
        await check('name-error');
        await page.getByLabel('Nom affiché').fill('Manon M.');
        await page.getByRole('button', { name: 'Enregistrer' }).click();
        await page.waitForURL('**/mon-compte');
        expect(await page.getByRole('status').innerText()).toBe('Votre nom affiché est modifié.');
        expect(await page.locator('header').innerText()).toContain('Connecté·e : Manon M.');

        // Password: the wrong current one, then the change; this browser stays signed in.
        await page.getByRole('link', { name: 'Changer mon mot de passe' }).click();
        await page.getByLabel('Mot de passe actuel', { exact: true }).fill('pas le bon');
        await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('une nouvelle phrase secrète');
        await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
        expect(await page.title()).toMatch(/^Erreur : /);
        expect(await page.locator('#currentPassword-error').innerText()).toContain(
          'Le mot de passe actuel est incorrect',
        );
        await check('password-error');
        await page.getByLabel('Mot de passe actuel', { exact: true }).fill(FACTORY_PASSWORD);
        await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('une nouvelle phrase secrète');
        await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
        await page.waitForURL('**/mon-compte');
        expect(await page.getByRole('status').innerText()).toContain('Votre mot de passe est changé.');

        // My data: the request is recorded and its state shown (the worker is not running here).
        await page.getByRole('button', { name: 'Demander une copie de mes données' }).click();
        await page.waitForURL('**/mon-compte');
        expect(await page.getByRole('status').innerText()).toContain('Votre demande est enregistrée.');
        expect(await page.locator('main').innerText()).toContain('est en cours de préparation');
        await check('account-data-pending');

        // Deletion: the password confirms it.
        await page.getByRole('link', { name: 'Supprimer mon compte' }).click();
        await page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
        expect(await page.title()).toMatch(/^Erreur : Supprimer mon compte/);
        await check('delete-error');
        await page.getByLabel('Mot de passe', { exact: true }).fill('une nouvelle phrase secrète');
        await page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
        await page.waitForURL((url) => url.pathname === '/');
        expect(await page.getByRole('status').innerText()).toBe('Votre compte est supprimé.');
        expect(await page.locator('header').innerText()).toContain('Se connecter');
      });
    }, 120_000);
  });

  it('changes the display name with the keyboard only', async () => {
    const user = await createUser(site.web.api, { displayName: 'Kim Clavier' });
    await withVisitor(site.browser, site.web.api.url, {}, async ({ page }) => {
      await signIn(page, user.email);
      await tabTo(page, page.getByRole('link', { name: 'Connecté·e : Kim Clavier' }));
      await page.keyboard.press('Enter');
      await page.waitForURL('**/mon-compte');
      await tabTo(page, page.getByRole('link', { name: 'Modifier le nom affiché' }));
      await page.keyboard.press('Enter');
      await page.waitForURL('**/mon-compte/nom');
      await tabTo(page, page.getByLabel('Nom affiché'));
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('Kim K.');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/mon-compte');
      expect(await page.getByRole('status').innerText()).toBe('Votre nom affiché est modifié.');
    });
  }, 60_000);
});

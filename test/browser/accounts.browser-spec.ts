import { createUser, insertCensusCodes } from '../utils/users.factory';
import { signIn } from './support/accounts';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  focused,
  spokenText,
  tabTo,
  textOf,
  VISITORS,
  withVisitor,
} from './support/browser';
import { siteSession } from './support/site-session';

describe('accounts: sign up, sign in, residency, sign out', () => {
  const site = siteSession();
  let codes: string[];

  beforeAll(async () => {
    codes = Array.from({ length: 10 }, (_, i) => `WEB${String(i).padStart(4, '0')}`);
    await insertCensusCodes(site.web.api, codes);
  });

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();

    it('creates an account, verifies residency with a census code, signs out and in again', async () => {
      const email = `camille-${slug}@exemple.fr`;
      const code = codes[VISITORS.findIndex((v) => v.name === name)];
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        await page.goto('/');
        await page.getByRole('link', { name: 'Créer un compte' }).first().click();
        expect(await page.locator('h1').innerText()).toBe('Créer un compte');
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);

        await page.getByLabel('Nom affiché').fill('Camille D.');
        await page.getByLabel('Adresse électronique').fill(email);
        await page.getByLabel('Mot de passe', { exact: true }).fill('trois petits chats gris');
        await page.getByRole('button', { name: 'Créer mon compte' }).click();

        // Post/Redirect/Get to the next step, with the outcome as a status message.
        await page.waitForURL('**/mon-compte/residence');
        expect(await page.getByRole('status').innerText()).toBe(
          'Votre compte est créé. Dernière étape : vérifiez votre résidence.',
        );
        expect(await page.locator('header').innerText()).toContain('Connecté·e : Camille D.');
        await expectAccessible(page);

        await page.getByLabel('Code de résidence').fill(` ${code.toLowerCase()} `);
        await page.getByRole('button', { name: 'Vérifier' }).click();
        await page.waitForURL((url) => url.pathname === '/');
        expect(await page.getByRole('status').innerText()).toBe(
          'Votre résidence est vérifiée. Vous pouvez soutenir des propositions et voter.',
        );
        // A reload shows the page without the message: it was for that one visit.
        await page.reload();
        expect(await page.getByRole('status').count()).toBe(0);
        expect(await page.locator('header').innerText()).not.toContain('Vérifier ma résidence');

        await page.getByRole('button', { name: 'Se déconnecter' }).click();
        await page.waitForURL((url) => url.pathname === '/');
        expect(await page.getByRole('status').innerText()).toBe('Vous êtes déconnecté·e.');
        expect(await page.locator('header').innerText()).toContain('Se connecter');

        await signIn(page, email, 'trois petits chats gris');
        expect(await page.getByRole('status').innerText()).toBe('Vous êtes connecté·e.');
        if (options.width === 320) await expectNoHorizontalScroll(page);
      });
    });

    it('says what is wrong at the top and at each field, keeps what was typed but the password', async () => {
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        await page.goto('/inscription');
        await page.getByRole('button', { name: 'Créer mon compte' }).click();
        await page.waitForLoadState();
        expect(await page.title()).toMatch(/^Erreur : Créer un compte – /);
        const summary = page.getByRole('alert');
        expect(await textOf(summary)).toBe(
          'Il y a un problème\nSaisissez le nom à afficher\nSaisissez votre adresse électronique\nSaisissez votre mot de passe',
        );
        // The summary has the focus (autofocus: without JavaScript too), and each entry leads to its field.
        expect(await focused(page)).toMatchObject({ tag: 'div' });
        await summary.getByRole('link', { name: 'Saisissez votre adresse électronique' }).click();
        expect(await page.evaluate(() => location.hash)).toBe('#email');
        const email = page.getByLabel('Adresse électronique');
        expect(await email.getAttribute('aria-invalid')).toBe('true');
        expect(await email.getAttribute('aria-describedby')).toBe('email-hint email-error');
        expect(await spokenText(page.locator('#email-error'))).toBe('Erreur : Saisissez votre adresse électronique');
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);

        await page.getByLabel('Nom affiché').fill('Dominique');
        await email.fill('pas-une-adresse');
        await page.getByLabel('Mot de passe', { exact: true }).fill('azerty123456');
        await page.getByRole('button', { name: 'Créer mon compte' }).click();
        await page.waitForLoadState();
        expect(await textOf(page.getByRole('alert'))).toBe(
          'Il y a un problème\nSaisissez une adresse électronique au bon format, par exemple prenom.nom@exemple.fr',
        );
        expect(await page.getByLabel('Nom affiché').inputValue()).toBe('Dominique');
        expect(await page.getByLabel('Adresse électronique').inputValue()).toBe('pas-une-adresse');
        expect(await page.getByLabel('Mot de passe', { exact: true }).inputValue()).toBe('');

        await page.getByLabel('Adresse électronique').fill('dominique@exemple.fr');
        await page.getByLabel('Mot de passe', { exact: true }).fill('azerty123456');
        await page.getByRole('button', { name: 'Créer mon compte' }).click();
        await page.waitForLoadState();
        expect(await spokenText(page.locator('#password-error'))).toBe(
          'Erreur : Choisissez un mot de passe plus sûr : celui-ci est trop courant',
        );
        await expectAccessible(page);
      });
    });
  });

  it('answers a sign-up with an email already used as any other (issue #14.9), and refuses a wrong password in words, at the field', async () => {
    const existing = await createUser(site.web.api);
    await withVisitor(site.browser, site.web.api.url, { javaScript: false }, async ({ page, context }) => {
      await page.goto('/inscription');
      await page.getByLabel('Nom affiché').fill('Quelqu’un');
      await page.getByLabel('Adresse électronique').fill(existing.email.toUpperCase());
      await page.getByLabel('Mot de passe', { exact: true }).fill('une phrase assez longue');
      await page.getByRole('button', { name: 'Créer mon compte' }).click();
      await page.waitForLoadState();
      // Nothing tells that the address has an account: its owner gets a message instead (test/e2e/mail-accounts).
      expect(await page.locator('#email-error').count()).toBe(0);
      expect(await page.title()).not.toMatch(/^Erreur/);
      await context.clearCookies();

      await page.goto('/connexion');
      await page.getByLabel('Adresse électronique').fill(existing.email);
      await page.getByLabel('Mot de passe', { exact: true }).fill('pas le bon mot de passe');
      await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
      await page.waitForLoadState();
      expect(await page.title()).toMatch(/^Erreur : Se connecter – /);
      expect(await spokenText(page.locator('#email-error'))).toBe(
        'Erreur : L’adresse électronique ou le mot de passe est incorrect',
      );
      expect(await page.getByLabel('Adresse électronique').inputValue()).toBe(existing.email);
      await expectAccessible(page);
    });
  });

  it('explains why a census code fails, and sends visitors who are not signed in to sign in first, then back', async () => {
    const resident = await createUser(site.web.api);
    const other = await createUser(site.web.api);
    await withVisitor(site.browser, site.web.api.url, { javaScript: false }, async ({ page }) => {
      await page.goto('/mon-compte/residence');
      await page.waitForURL('**/connexion?suivant=%2Fmon-compte%2Fresidence');
      await signIn(page, resident.email, undefined, page.url().replace(site.web.api.url, ''));
      expect(new URL(page.url()).pathname).toBe('/mon-compte/residence');

      await page.getByLabel('Code de résidence').fill('INCONNU42');
      await page.getByRole('button', { name: 'Vérifier' }).click();
      await page.waitForLoadState();
      expect(await spokenText(page.locator('#censusCode-error'))).toBe(
        'Erreur : Ce code ne figure pas dans la liste de la mairie. Vérifiez qu’il est recopié sans erreur ; s’il l’est, la liste n’est peut-être pas à jour : adressez-vous à la mairie',
      );
      expect(await page.getByLabel('Code de résidence').inputValue()).toBe('INCONNU42');
      await expectAccessible(page);

      // A code already used by someone else.
      await withVisitor(site.browser, site.web.api.url, { javaScript: false }, async (otherVisitor) => {
        await signIn(otherVisitor.page, other.email, undefined, '/connexion?suivant=%2Fmon-compte%2Fresidence');
        await otherVisitor.page.getByLabel('Code de résidence').fill(codes[9]);
        await otherVisitor.page.getByRole('button', { name: 'Vérifier' }).click();
        await otherVisitor.page.waitForURL((url) => url.pathname === '/');
      });

      await page.getByLabel('Code de résidence').fill(codes[9]);
      await page.getByRole('button', { name: 'Vérifier' }).click();
      await page.waitForLoadState();
      expect(await spokenText(page.locator('#censusCode-error'))).toContain(
        'Ce code a déjà servi à vérifier un autre compte',
      );
    });
  });

  it('signs in with the keyboard only, and shows the password on request when JavaScript runs', async () => {
    const resident = await createUser(site.web.api, { displayName: 'Alex Clavier' });
    await withVisitor(site.browser, site.web.api.url, {}, async ({ page }) => {
      await page.goto('/connexion');
      await tabTo(page, page.getByLabel('Adresse électronique'));
      await page.keyboard.type(resident.email);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'input', id: 'password' });
      await page.keyboard.type('factory-password-42');
      // The enhancement: a button after the field shows the password, then hides it again.
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Afficher le mot de passe' });
      await page.keyboard.press('Enter');
      expect(await page.locator('#password').getAttribute('type')).toBe('text');
      expect(await focused(page)).toMatchObject({ text: 'Masquer le mot de passe' });
      await page.keyboard.press('Enter');
      expect(await page.locator('#password').getAttribute('type')).toBe('password');
      await page.locator('#password').focus();
      await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.keyboard.press('Enter')]);
      expect(await page.locator('header').innerText()).toContain('Connecté·e : Alex Clavier');
    });

    await withVisitor(site.browser, site.web.api.url, { javaScript: false }, async (noScript) => {
      await noScript.page.goto('/connexion');
      expect(await noScript.page.getByRole('button', { name: 'Afficher le mot de passe' }).count()).toBe(0);
    });
  });
});

import { PageDataError } from '../../libs/web/src/graphql/graphql-failure';
import { WebGraphql } from '../../libs/web/src/graphql/web-graphql.service';
import { createUser } from '../utils/users.factory';
import { signIn } from './support/accounts';
import { expectAccessible, expectNoHorizontalScroll, textOf, VISITORS, withVisitor } from './support/browser';
import { siteSession } from './support/site-session';

describe('error pages', () => {
  const site = siteSession();

  afterEach(() => jest.restoreAllMocks());

  /** The home page's data fails with this error, as the API would answer it. */
  function failHomeWith(error: Error): void {
    jest.spyOn(site.web.api.app.get(WebGraphql), 'query').mockRejectedValueOnce(error);
  }

  const failure = (code: string, details: Record<string, unknown> = {}) =>
    new PageDataError({ code, message: code, fields: [], details });

  describe.each(VISITORS)('$name', ({ options }) => {
    it('answers an unknown address with a 404 page that says what to do', async () => {
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        const response = await page.goto('/cette-page-n-existe-pas?x=1');
        expect(response?.status()).toBe(404);
        expect(await page.title()).toBe('Page introuvable – Toulouse – participation citoyenne');
        expect(await textOf(page.locator('main'))).toContain(
          'Si vous avez saisi l’adresse, vérifiez qu’elle est correcte.',
        );
        await page.getByRole('link', { name: 'Revenir à l’accueil' }).click();
        await page.waitForURL((url) => url.pathname === '/');
        await page.goBack();
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);
      });
    });

    it.each([
      ['FORBIDDEN', 403, 'Accès refusé', 'Votre compte ne donne pas accès à cette page.'],
      ['NOT_VERIFIED', 403, 'Vérifiez d’abord votre résidence', 'Vérifier ma résidence'],
      ['RATE_LIMITED', 429, 'Trop de demandes', 'Réessayez dans 2 minutes.'],
    ])('turns %s into a %i page with what to do next', async (code, status, title, advice) => {
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        failHomeWith(failure(code, { retryAfterSeconds: 90 }));
        const response = await page.goto('/');
        expect(response?.status()).toBe(status);
        expect(await page.locator('h1').innerText()).toBe(title);
        expect(await textOf(page.locator('main'))).toContain(advice);
        if (code === 'RATE_LIMITED') expect(response?.headers()['retry-after']).toBe('90');
        await expectAccessible(page);
        if (options.width === 320) await expectNoHorizontalScroll(page);
      });
    });

    it('shows a 500 page with a reference to the logs and nothing of the cause', async () => {
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        failHomeWith(new TypeError('secret internals at /srv/quorum/dist/x.js:12'));
        const response = await page.goto('/');
        expect(response?.status()).toBe(500);
        const reference = response!.headers()['x-request-id'];
        const main = await textOf(page.locator('main'));
        expect(main).toContain('Désolé, un problème est survenu');
        expect(main).toContain(`en donnant cette référence : ${reference}.`);
        expect(await page.content()).not.toMatch(/secret|internals|\.js:\d+|TypeError/);
        await expectAccessible(page);
      });
    });
  });

  it('tells a resident who opens a back-office page that it is for the town hall’s staff, in French and English', async () => {
    const resident = await createUser(site.web.api, { displayName: 'Lina Habitante' });
    await withVisitor(site.browser, site.web.api.url, { javaScript: false, width: 320 }, async ({ page }) => {
      await signIn(page, resident.email);
      const response = await page.goto('/gestion/budgets');
      expect(response?.status()).toBe(403);
      expect(await page.locator('h1').innerText()).toBe('Accès refusé');
      const main = await textOf(page.locator('main'));
      expect(main).toContain('Cette page est réservée aux agents de la mairie.');
      expect(main).toContain('Vous êtes connecté·e avec le compte de Lina Habitante.');
      expect(main).toContain('Si vous travaillez à la mairie, demandez à un administrateur');
      expect(
        await page.getByRole('main').getByRole('link', { name: 'Revenir à l’accueil de la gestion' }).count(),
      ).toBe(0);
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);

      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL((url) => url.pathname === '/gestion/budgets');
      expect(await page.locator('h1').innerText()).toBe('Access denied');
      expect(await textOf(page.locator('main'))).toContain('This page is for the town hall’s staff only.');
      await page.getByRole('link', { name: 'Back to the home page' }).click();
      await page.waitForURL((url) => url.pathname === '/');
    });
  });

  it('sends a visitor who signed out in the meantime to sign in, then back', async () => {
    await withVisitor(site.browser, site.web.api.url, { javaScript: false }, async ({ page }) => {
      failHomeWith(failure('UNAUTHENTICATED'));
      await page.goto('/');
      expect(new URL(page.url()).pathname).toBe('/connexion');
    });
  });

  it('keeps JSON for API clients and API paths', async () => {
    const asClient = await fetch(`${site.web.api.url}/nulle-part`, { headers: { accept: 'application/json' } });
    expect(asClient.status).toBe(404);
    expect(asClient.headers.get('content-type')).toMatch(/application\/json/);
    const apiPath = await fetch(`${site.web.api.url}/open311/v2/nulle-part.json`, { headers: { accept: 'text/html' } });
    expect(apiPath.status).toBe(404);
    expect(apiPath.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('refuses a form posted without its token, with a page that explains it', async () => {
    const resident = await createUser(site.web.api);
    await withVisitor(site.browser, site.web.api.url, { javaScript: false }, async ({ page }) => {
      await signIn(page, resident.email);
      // The form as another site would post it: without this visitor's token.
      await page.evaluate(() => {
        (document.querySelector('input[name="_csrf"]') as HTMLInputElement).value = 'forged';
      });
      const response = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Se déconnecter' }).click(),
      ]).then(([r]) => r);
      expect(response.status()).toBe(403);
      await page.waitForLoadState();
      expect(await page.locator('h1').innerText()).toBe('Le formulaire a expiré');
      // Still signed in: the forged sign-out did nothing.
      expect(await page.locator('header').innerText()).toContain('Connecté·e : Test User');
      await expectAccessible(page);
    });
  });
});

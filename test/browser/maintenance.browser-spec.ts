import { Browser } from 'playwright-core';
import { startTcpProxy, TcpProxy } from '../utils/tcp-proxy';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, textOf, withVisitor } from './support/browser';
import { startWebApp, WebApp } from './support/web-app';

describe('maintenance page while PostgreSQL is down', () => {
  let postgres: TcpProxy;
  let web: WebApp;
  let browser: Browser;

  beforeAll(async () => {
    postgres = await startTcpProxy('127.0.0.1', 5432);
    [web, browser] = await Promise.all([
      startWebApp({ DATABASE_POOL_SIZE: '4' }, { connectVia: (url) => postgres.url(url) }),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    postgres?.heal();
    await browser?.close();
    await web?.close();
    await postgres?.close();
  });

  it('answers 503 with a page in words, the commune still named, then serves pages again when it is back', async () => {
    await withVisitor(browser, web.api.url, { javaScript: false, width: 320 }, async ({ page }) => {
      expect((await page.goto('/'))?.status()).toBe(200);
      postgres.cut();

      const response = await page.goto('/');
      expect(response?.status()).toBe(503);
      expect(response?.headers()['retry-after']).toBe('30');
      expect(await page.title()).toBe('Service momentanément indisponible – Toulouse – participation citoyenne');
      expect(await textOf(page.locator('main'))).toContain(
        'Vos contributions et vos votes déjà enregistrés sont conservés.',
      );
      expect(await page.content()).not.toMatch(/ECONN|Connection terminated|\.js:\d+/);
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);

      // A form too: the sign-in page needs the database for its frame.
      expect((await page.goto('/connexion'))?.status()).toBe(503);

      postgres.heal();
      expect((await page.goto('/'))?.status()).toBe(200);
    });
  });
});

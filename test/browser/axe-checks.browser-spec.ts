import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, withVisitor } from './support/browser';

/** Pages served by a bare HTTP server: the checks themselves are under test, not the website. */
const PAGES: Record<string, { type: string; body: string }> = {
  '/faint.css': { type: 'text/css', body: '.faint { color: #ddd; background: #fff; }' },
  '/faint': {
    type: 'text/html',
    body:
      '<!doctype html><html lang="fr"><head><title>Pâle</title><link rel="stylesheet" href="/faint.css"></head>' +
      '<body><main><h1>Titre</h1><p class="faint">Texte trop pâle</p>' +
      // A script that would repair the page: it must not run for a visitor without JavaScript.
      '<script>document.querySelector(".faint").className = ""</script></main></body></html>',
  },
  '/clean': {
    type: 'text/html',
    body: '<!doctype html><html lang="fr"><head><title>Net</title></head><body><main><h1>Titre</h1><p>Texte</p></main></body></html>',
  },
};

describe('accessibility checks of pages seen without JavaScript', () => {
  let browser: Browser;
  let server: Server;
  let baseURL: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const page = PAGES[req.url ?? ''];
      res.writeHead(page ? 200 : 404, { 'content-type': page?.type ?? 'text/plain' }).end(page?.body ?? '');
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((closed) => server?.close(closed));
  });

  it('applies the style sheets, runs none of the page’s scripts, and forgets the previous page', async () => {
    await withVisitor(browser, baseURL, { javaScript: false }, async ({ page }) => {
      await page.goto('/faint');
      expect((await axeViolations(page)).map((v) => v.id)).toEqual(['color-contrast']);
      await page.goto('/clean');
      expect(await axeViolations(page)).toEqual([]);
      await page.goto('/faint');
      expect((await axeViolations(page)).map((v) => v.id)).toEqual(['color-contrast']);
    });
  });

  it('checks a page with JavaScript on as its scripts left it', async () => {
    await withVisitor(browser, baseURL, { javaScript: true }, async ({ page }) => {
      await page.goto('/faint');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

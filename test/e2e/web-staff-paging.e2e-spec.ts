import { Role } from '@quorum/access';
import { SiteClient } from '../browser/support/site-client';
import { startWebApp, WebApp } from '../browser/support/web-app';
import { createUser, FACTORY_PASSWORD } from '../utils/users.factory';

/** The back office's long lists over plain HTTP: "next results" links, and cursors the API refuses. */
describe('website: back office lists page through their results', () => {
  let web: WebApp;
  let site: SiteClient;

  beforeAll(async () => {
    web = await startWebApp();
    const staff = await createUser(web.api, { role: Role.STAFF });
    site = new SiteClient(web.api.url);
    expect((await site.post('/connexion', { email: staff.email, password: FACTORY_PASSWORD })).status).toBe(303);
  });

  afterAll(async () => {
    await web?.close();
  });

  it('shows 50 budgets a page, the next ones behind "Résultats suivants", each once', async () => {
    await web.api.db.query(
      `INSERT INTO budgets (title, total_amount, ballot_type, voting_opens_at, voting_closes_at)
       SELECT 'Budget n° ' || lpad(g::text, 3, '0'), 1000, 'KNAPSACK', now() + interval '1 day', now() + interval '2 days'
         FROM generate_series(1, 55) AS g`,
    );
    const titles = (html: string) => [...html.matchAll(/>(Budget n° \d{3})</g)].map((m) => m[1]);
    const first = await site.get('/gestion/budgets');
    expect(first.status).toBe(200);
    expect(titles(first.html)).toHaveLength(50);
    const next = /<a href="(\/gestion\/budgets\?apres=[^"]+)">Résultats suivants<\/a>/.exec(first.html)?.[1];
    expect(next).toBeDefined();
    const second = await site.get(next!.replace(/&amp;/g, '&'));
    expect(second.status).toBe(200);
    expect(titles(second.html)).toHaveLength(5);
    expect(second.html).toContain('Revenir au début');
    expect(new Set([...titles(first.html), ...titles(second.html)]).size).toBe(55);
  });

  it('sends a forged cursor back to the first page instead of an error page', async () => {
    for (const path of ['/gestion/budgets', '/gestion/moderation', '/gestion/journal?action=budget.create']) {
      const forged = `${path}${path.includes('?') ? '&' : '?'}apres=bm90LWEtY3Vyc29y`;
      const { status, headers } = await site.get(forged);
      expect({ path, status, location: headers.get('location') }).toEqual({ path, status: 303, location: path });
    }
  });
});

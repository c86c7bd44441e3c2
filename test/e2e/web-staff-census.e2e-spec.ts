import { Role } from '@quorum/access';
import { SiteClient } from '../browser/support/site-client';
import { startWebApp, WebApp } from '../browser/support/web-app';
import { createUser, FACTORY_PASSWORD } from '../utils/users.factory';

/** The census upload over plain HTTP: its CSRF field must come first, before a byte of the file is read. */
describe('website: census upload (multipart)', () => {
  let web: WebApp;
  let site: SiteClient;
  let token: string;

  beforeAll(async () => {
    web = await startWebApp();
    const staff = await createUser(web.api, { role: Role.STAFF });
    site = new SiteClient(web.api.url);
    expect((await site.post('/connexion', { email: staff.email, password: FACTORY_PASSWORD })).status).toBe(303);
    token = await site.csrfToken('/gestion/recensement');
  });

  afterAll(async () => {
    await web?.close();
  });

  async function upload(parts: [string, string | Blob, string?][]): Promise<{ status: number; html: string }> {
    const form = new FormData();
    for (const [name, value, filename] of parts)
      if (typeof value === 'string') form.append(name, value);
      else form.append(name, value, filename);
    const cookie = ['quorum_session', 'quorum_csrf'].map((name) => `${name}=${site.cookie(name)}`).join('; ');
    const response = await fetch(`${web.api.url}/gestion/recensement`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
      headers: { cookie, accept: 'text/html', 'accept-language': 'fr-FR' },
    });
    return { status: response.status, html: await response.text() };
  }

  const file = (text: string | Uint8Array<ArrayBuffer>) => new Blob([text], { type: 'text/csv' });

  it('imports when the token comes first, and refuses a missing, wrong or late token without importing', async () => {
    const count = async () => (await web.api.db.query(`SELECT count(*)::int AS n FROM census_imports`))[0].n;
    const before = await count();
    for (const parts of [
      [['census', file('E2E-LATE-1'), 'a.csv']],
      [
        ['census', file('E2E-LATE-2'), 'a.csv'],
        ['_csrf', token],
      ],
      [
        ['_csrf', 'not-a-token'],
        ['census', file('E2E-LATE-3'), 'a.csv'],
      ],
    ] as [string, string | Blob, string?][][]) {
      const refused = await upload(parts);
      expect(refused.status).toBe(403);
    }
    expect(await count()).toBe(before);

    const done = await upload([
      ['_csrf', token],
      ['census', file('code\nE2E-OK-1\nE2E-OK-2\n'), 'ok.csv'],
    ]);
    expect(done.status).toBe(200);
    expect(done.html).toContain('Import terminé : 2 lignes ajoutées, aucune déjà présente, aucune refusée.');
    expect(await count()).toBe(before + 1);
  });

  it('refuses a file over 5 MB at its field, importing nothing', async () => {
    const big = new Uint8Array(5_000_001).fill(0x41);
    const refused = await upload([
      ['_csrf', token],
      ['census', file(big), 'big.csv'],
    ]);
    expect(refused.status).toBe(400);
    expect(refused.html).toContain('Le fichier dépasse 5 Mo');
  });
});

import { brotliDecompressSync } from 'node:zlib';
import { rawGet } from '../utils/raw-http';
import { createUser, FACTORY_PASSWORD, insertCensusCodes, TestUser } from '../utils/users.factory';
import { SiteClient } from '../browser/support/site-client';
import { startWebApp, WebApp } from '../browser/support/web-app';

const SESSION = 'quorum_session';
const CSRF = 'quorum_csrf';
const ME = '{ me { id } }';

/** The website's sessions, CSRF and limits over plain HTTP, as a browser without JavaScript uses them. */
describe('website sessions and forms', () => {
  let web: WebApp;
  let resident: TestUser;

  beforeAll(async () => {
    web = await startWebApp({ WRITE_MAX_PER_ACCOUNT: '3' });
    resident = await createUser(web.api, { displayName: 'Sam Session' });
  });

  afterAll(async () => web?.close());

  async function signedIn(user = resident, next = ''): Promise<SiteClient> {
    const site = new SiteClient(web.api.url);
    const response = await site.post(`/connexion${next}`, { email: user.email, password: FACTORY_PASSWORD });
    expect(response.status).toBe(303);
    return site;
  }

  it('keeps sessions server-side: HttpOnly, SameSite=Lax cookies holding a random token whose hash only is stored', async () => {
    const site = new SiteClient(web.api.url);
    await site.get('/connexion');
    const response = await site.post('/connexion', { email: resident.email, password: FACTORY_PASSWORD });
    expect(response.status).toBe(303);
    expect(response.location).toBe('/');
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION}=`))!;
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    const token = site.cookie(SESSION)!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await web.api.db.query(`SELECT token_hash FROM sessions WHERE user_id = $1`, [resident.id]);
    expect(rows.map((r: { token_hash: string }) => r.token_hash)).not.toContain(token);
    expect((await site.get('/')).html).toContain('Connecté·e : Sam Session');
  });

  it('gives a new session at every sign-in: a token planted before it is never promoted (fixation)', async () => {
    const attacker = await signedIn(await createUser(web.api));
    const planted = attacker.cookie(SESSION)!;
    const victim = new SiteClient(web.api.url);
    victim.setCookie(SESSION, planted);
    // Signed in as the attacker without knowing it, the victim signs in with their own account.
    const response = await victim.post(
      '/connexion',
      { email: resident.email, password: FACTORY_PASSWORD },
      { formPath: '/' },
    );
    expect(response.status).toBe(303);
    expect(victim.cookie(SESSION)).not.toBe(planted);
    expect((await victim.get('/')).html).toContain('Connecté·e : Sam Session');
    // The planted token is dead: whoever holds it is signed in as nobody.
    expect((await attacker.get('/')).html).toContain('Se connecter');
  });

  it('ends the session on the server at sign-out: the old cookie no longer signs anyone in', async () => {
    const site = await signedIn();
    const token = site.cookie(SESSION)!;
    const response = await site.post('/deconnexion', {}, { formPath: '/' });
    expect(response.status).toBe(303);
    expect(site.cookie(SESSION)).toBeUndefined();
    const replay = new SiteClient(web.api.url);
    replay.setCookie(SESSION, token);
    expect((await replay.get('/')).html).not.toContain('Sam Session');
  });

  it('refuses every form posted without this browser’s token, and changes nothing', async () => {
    const site = await signedIn();
    const other = new SiteClient(web.api.url);
    const foreignToken = await other.csrfToken('/connexion');
    const forms: [string, Record<string, string>][] = [
      ['/connexion', { email: resident.email, password: FACTORY_PASSWORD }],
      ['/inscription', { displayName: 'Csrf', email: 'csrf@exemple.fr', password: 'une longue phrase' }],
      ['/mon-compte/residence', { censusCode: 'CSRF0001' }],
      ['/mon-compte/nom', { displayName: 'Csrf Renamed' }],
      ['/mon-compte/mot-de-passe', { currentPassword: FACTORY_PASSWORD, newPassword: 'une phrase de csrf' }],
      ['/mon-compte/mes-donnees', {}],
      ['/mon-compte/suppression', { password: FACTORY_PASSWORD }],
      ['/deconnexion', {}],
    ];
    for (const [path, fields] of forms) {
      for (const csrf of [null, 'forged', foreignToken]) {
        const response = await site.post(path, fields, { csrf });
        expect({ path, csrf, status: response.status }).toEqual({ path, csrf, status: 403 });
        expect(response.html).toContain('Le formulaire a expiré');
      }
    }
    expect(await web.api.db.query(`SELECT 1 FROM users WHERE email = 'csrf@exemple.fr'`)).toEqual([]);
    expect(await web.api.db.query(`SELECT 1 FROM data_exports WHERE user_id = $1`, [resident.id])).toEqual([]);
    const [account] = await web.api.db.query(
      `SELECT display_name, password_changed_at, erased_at FROM users WHERE id = $1`,
      [resident.id],
    );
    expect(account).toEqual({ display_name: 'Sam Session', password_changed_at: null, erased_at: null });
    expect((await site.get('/')).html).toContain('Sam Session');
  });

  it('sets the CSRF secret with the first form that needs it, and gives every form of a page the same token', async () => {
    const site = new SiteClient(web.api.url);
    const home = await site.get('/');
    expect(home.html).not.toContain('name="_csrf"');
    expect(site.cookie(CSRF)).toBeUndefined();
    const signIn = await site.get('/connexion');
    const tokens = new Set([...signIn.html.matchAll(/name="_csrf" value="([^"]+)"/g)].map((m) => m[1]));
    expect(tokens.size).toBe(1);
    expect(site.cookie(CSRF)).toBeDefined();
    const response = await site.post(
      '/connexion',
      { email: resident.email, password: FACTORY_PASSWORD },
      { csrf: [...tokens][0] },
    );
    expect(response.status).toBe(303);
  });

  it('goes back only to a page of this site after sign-in and language switch (no open redirect)', async () => {
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', '/\t/evil.example']) {
      const site = new SiteClient(web.api.url);
      const response = await site.post(`/connexion?suivant=${encodeURIComponent(next)}`, {
        email: resident.email,
        password: FACTORY_PASSWORD,
      });
      expect({ next, location: response.location }).toEqual({ next, location: '/' });
    }
    const site = await signedIn(resident, `?suivant=${encodeURIComponent('/mon-compte/residence?a=1')}`);
    expect(site).toBeDefined();
    const language = await new SiteClient(web.api.url).get(
      `/langue/en?retour=${encodeURIComponent('https://evil.example')}`,
    );
    expect(language.status).toBe(303);
    expect(language.headers.get('location')).toBe('/');
  });

  it('forbids framing and inline scripts on every page', async () => {
    const { headers } = await new SiteClient(web.api.url).get('/connexion');
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('cache-control')).toBe('no-store');
    // The policy of pages without a map, made once per process: the same on every page and every request.
    const again = await new SiteClient(web.api.url).get('/mentions-legales');
    expect(again.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    );
    expect(again.headers.get('content-security-policy')).toBe(headers.get('content-security-policy'));
  });

  it('sends a page as UTF-8 whose length counts bytes, accented letters included, compressed or not', async () => {
    const plain = await rawGet(`${web.api.url}/connexion`, { accept: 'text/html', 'accept-language': 'fr-FR' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    const html = plain.body.toString('utf8');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="fr"[\s\S]*Adresse électronique[\s\S]*<\/html>$/);
    const br = await rawGet(`${web.api.url}/connexion`, { 'accept-language': 'fr-FR', 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString('utf8')).toMatch(/Adresse électronique[\s\S]*<\/html>$/);
  });

  it('keeps Bearer tokens for API clients, and /graphql ignores the session cookie', async () => {
    expect((await web.api.gql.as(resident.token).ok(ME)).me.id).toBe(resident.id);
    const site = await signedIn();
    const response = await fetch(`${web.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `${SESSION}=${site.cookie(SESSION)}` },
      body: JSON.stringify({ query: ME }),
    });
    expect(await response.json()).toEqual({ data: { me: null } });
  });

  it('applies the API’s write limit to forms: residency attempts past WRITE_MAX_PER_ACCOUNT are refused in words', async () => {
    const user = await createUser(web.api);
    const site = await signedIn(user);
    for (let i = 0; i < 3; i++) {
      const response = await site.post('/mon-compte/residence', { censusCode: `NOPE${i}000` });
      expect(response.html).toContain('Ce code ne figure pas dans la liste de la mairie');
    }
    await insertCensusCodes(web.api, ['GOOD0001']);
    const limited = await site.post('/mon-compte/residence', { censusCode: 'GOOD0001' });
    expect(limited.status).toBe(400);
    expect(limited.html).toContain('Trop de tentatives en peu de temps. Réessayez dans 1 minute.');
    expect(await web.api.db.query(`SELECT 1 FROM residency_verifications WHERE user_id = $1`, [user.id])).toEqual([]);
  });

  it('signs out a browser idle past SESSION_IDLE_HOURS, and pushes the end back on each visit', async () => {
    const user = await createUser(web.api, { displayName: 'Idle Ida' });
    const site = await signedIn(user);
    // A visit after a while moves the end of the session (idle timeout) forward.
    await web.api.db.query(
      `UPDATE sessions SET last_seen_at = now() - interval '1 hour', expires_at = now() + interval '1 minute' WHERE user_id = $1`,
      [user.id],
    );
    expect((await site.get('/')).html).toContain('Idle Ida');
    const [{ hours }] = await web.api.db.query(
      `SELECT round(extract(epoch FROM expires_at - now()) / 3600) AS hours FROM sessions WHERE user_id = $1`,
      [user.id],
    );
    expect(Number(hours)).toBe(72);
    await web.api.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      user.id,
    ]);
    expect((await site.get('/')).html).not.toContain('Idle Ida');
  });

  it('ends every session when the account is erased', async () => {
    const user = await createUser(web.api);
    const site = await signedIn(user);
    await web.api.gql.as(user.token).ok(`mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`, {
      input: { password: FACTORY_PASSWORD },
    });
    expect(await web.api.db.query(`SELECT 1 FROM sessions WHERE user_id = $1`, [user.id])).toEqual([]);
    expect((await site.get('/')).html).toContain('Se connecter');
  });
});

describe('website sign-in and sign-up limits', () => {
  let web: WebApp;

  beforeAll(async () => {
    web = await startWebApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '2', REGISTER_MAX_PER_IP: '1' });
  });

  afterAll(async () => web?.close());

  it('counts form sign-ins and sign-ups against the same per-IP limits as the API', async () => {
    const user = await createUser(web.api);
    const site = new SiteClient(web.api.url);
    for (let i = 0; i < 2; i++) {
      const response = await site.post('/connexion', { email: user.email, password: 'wrong password' });
      expect(response.html).toContain('L’adresse électronique ou le mot de passe est incorrect');
    }
    const limited = await site.post('/connexion', { email: user.email, password: FACTORY_PASSWORD });
    expect(limited.status).toBe(400);
    expect(limited.html).toContain('Trop de tentatives en peu de temps.');
    expect(limited.headers.getSetCookie().some((c) => c.startsWith(`${SESSION}=`))).toBe(false);

    const signUp = (email: string) =>
      new SiteClient(web.api.url).post('/inscription', {
        displayName: 'Nouvelle',
        email,
        password: 'une longue phrase',
      });
    expect((await signUp('premiere@exemple.fr')).status).toBe(303);
    const second = await signUp('seconde@exemple.fr');
    expect(second.status).toBe(400);
    expect(second.html).toContain('Trop de tentatives en peu de temps.');
  });
});

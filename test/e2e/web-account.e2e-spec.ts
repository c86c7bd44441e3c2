import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SiteClient } from '../browser/support/site-client';
import { startWebApp, WebApp } from '../browser/support/web-app';
import { createUser, FACTORY_PASSWORD, TestUser } from '../utils/users.factory';
import { startTestWorker, TestWorker } from '../utils/test-worker';
import { waitFor } from '../utils/wait-for';

const SESSION = 'quorum_session';
const ME = '{ me { id } }';
const NEW_PASSWORD = 'une nouvelle phrase secrète';

/** My account's forms over plain HTTP, as a browser without JavaScript uses them. */
describe('website: my account', () => {
  let web: WebApp;
  let worker: TestWorker;
  let exportDir: string;

  beforeAll(async () => {
    exportDir = mkdtempSync(join(tmpdir(), 'quorum-web-account-'));
    web = await startWebApp({ DATA_EXPORT_DIR: exportDir });
    worker = await startTestWorker(web.api.config);
  });

  afterAll(async () => {
    await worker?.close();
    await web?.close();
    rmSync(exportDir, { recursive: true, force: true });
  });

  async function signedIn(user: TestUser, password = FACTORY_PASSWORD): Promise<SiteClient> {
    const site = new SiteClient(web.api.url);
    const response = await site.post('/connexion', { email: user.email, password });
    expect(response.status).toBe(303);
    return site;
  }

  it('sends visitors who are not signed in to sign in', async () => {
    for (const path of ['/mon-compte', '/mon-compte/nom', '/mon-compte/mot-de-passe', '/mon-compte/suppression']) {
      const { status, headers } = await new SiteClient(web.api.url).get(path);
      expect({ path, status, location: headers.get('location') }).toEqual({
        path,
        status: 303,
        location: `/connexion?suivant=${encodeURIComponent(path)}`,
      });
    }
  });

  it('shows the account and changes the display name (Post/Redirect/Get), refusing a bad one at its field', async () => {
    const user = await createUser(web.api, { displayName: 'Paul Profil' });
    const site = await signedIn(user);
    const account = await site.get('/mon-compte');
    expect(account.status).toBe(200);
    expect(account.html).toContain(user.email);
    expect(account.html).toContain('Paul Profil');
    expect(account.html).toContain('Pas encore vérifiée');

    const refused = await site.post('/mon-compte/nom', { displayName: 'x' });
    expect(refused.status).toBe(400);
    expect(refused.html).toContain('<title>Erreur :');
    expect(refused.html).toContain('aria-describedby="displayName-hint displayName-error"');
    expect(refused.html).toContain('Le nom affiché doit compter entre 2 et 80 caractères imprimables');

    const renamed = await site.post('/mon-compte/nom', { displayName: 'Paula P.' });
    expect(renamed.status).toBe(303);
    expect(renamed.location).toBe('/mon-compte');
    const after = await site.get('/mon-compte');
    expect(after.html).toContain('Votre nom affiché est modifié.');
    expect(after.html).toContain('Connecté·e : Paula P.');
  });

  it('changes the password: this browser stays signed in, the others and older tokens are signed out', async () => {
    const user = await createUser(web.api, { displayName: 'Pia Password' });
    const here = await signedIn(user);
    const elsewhere = await signedIn(user);

    const wrong = await here.post('/mon-compte/mot-de-passe', {
      currentPassword: 'pas le bon',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain('Le mot de passe actuel est incorrect');
    expect(wrong.html).not.toContain('pas le bon');
    const weak = await here.post('/mon-compte/mot-de-passe', {
      currentPassword: FACTORY_PASSWORD,
      newPassword: 'court',
    });
    expect(weak.status).toBe(400);
    expect(weak.html).toContain('Choisissez un mot de passe plus sûr');
    expect((await elsewhere.get('/')).html).toContain('Pia Password');

    const changed = await here.post('/mon-compte/mot-de-passe', {
      currentPassword: FACTORY_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe(303);
    expect((await here.get('/mon-compte')).html).toContain('Votre mot de passe est changé.');
    expect((await elsewhere.get('/')).html).not.toContain('Pia Password');
    expect((await web.api.gql.as(user.token).request(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const old = await new SiteClient(web.api.url).post('/connexion', { email: user.email, password: FACTORY_PASSWORD });
    expect(old.status).toBe(400);
    await signedIn(user, NEW_PASSWORD);
  });

  it('asks for a copy of my data and downloads it with the session cookie, the owner only', async () => {
    const user = await createUser(web.api, { displayName: 'Dora Données' });
    const site = await signedIn(user);
    expect((await site.get('/mon-compte')).html).toContain('Vous n’avez pas encore demandé de copie.');
    const requested = await site.post('/mon-compte/mes-donnees', {}, { formPath: '/mon-compte' });
    expect(requested.status).toBe(303);
    expect(requested.location).toBe('/mon-compte');
    const path = await waitFor(async () => {
      const { html } = await site.get('/mon-compte');
      return /href="(\/my-data\/exports\/[0-9a-f-]{36})"/.exec(html)?.[1];
    });
    const archive = await fetch(`${web.api.url}${path}`, { headers: { cookie: `${SESSION}=${site.cookie(SESSION)}` } });
    expect(archive.status).toBe(200);
    expect(archive.headers.get('content-type')).toBe('application/zip');
    // Another resident's browser, or none, gets nothing.
    const other = await signedIn(await createUser(web.api));
    const stranger = await fetch(`${web.api.url}${path}`, {
      headers: { cookie: `${SESSION}=${other.cookie(SESSION)}` },
    });
    expect(stranger.status).not.toBe(200);
    expect((await fetch(`${web.api.url}${path}`)).status).toBe(401);
  });

  it('deletes the account only with the password, then signs the browser out', async () => {
    const user = await createUser(web.api, { displayName: 'Denis Départ' });
    const site = await signedIn(user);
    const page = await site.get('/mon-compte/suppression');
    expect(page.html).toContain('Supprimer définitivement mon compte');

    const empty = await site.post('/mon-compte/suppression', { password: '' });
    expect(empty.status).toBe(400);
    expect(empty.html).toContain('Saisissez votre mot de passe pour confirmer');
    const wrong = await site.post('/mon-compte/suppression', { password: 'pas le bon', deleteContributions: 'on' });
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain('Le mot de passe actuel est incorrect');
    expect(wrong.html).toContain('checked');
    const [kept] = await web.api.db.query(`SELECT erased_at FROM users WHERE id = $1`, [user.id]);
    expect(kept.erased_at).toBeNull();

    const deleted = await site.post('/mon-compte/suppression', { password: FACTORY_PASSWORD });
    expect(deleted.status).toBe(303);
    expect(deleted.location).toBe('/');
    expect(site.cookie(SESSION)).toBeUndefined();
    const [erased] = await web.api.db.query(`SELECT email, erased_at FROM users WHERE id = $1`, [user.id]);
    expect(erased.email).toBeNull();
    expect(erased.erased_at).not.toBeNull();
    expect((await site.get('/')).html).toContain('Votre compte est supprimé.');
  });
});

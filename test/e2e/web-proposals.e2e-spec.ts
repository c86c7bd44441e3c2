import { Role } from '@quorum/access';
import { WebGraphql } from '../../libs/web/src/graphql/web-graphql.service';
import { SiteClient } from '../browser/support/site-client';
import { startWebApp, WebApp } from '../browser/support/web-app';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { createUser, FACTORY_PASSWORD } from '../utils/users.factory';

/** The proposal page's forms over plain HTTP, as a browser without JavaScript posts them: CSRF, PRG, bad input. */
describe('website: proposal forms', () => {
  let web: WebApp;
  let proposalId: string;
  let consultationId: string;

  beforeAll(async () => {
    web = await startWebApp({ WRITE_MAX_PER_ACCOUNT: '4' });
    const staff = await createUser(web.api, { role: Role.STAFF });
    const consultation = await createConsultation(web.api, staff.token, { open: 'SUPPORTS' });
    consultationId = consultation.id;
    [proposalId] = await insertProposals(web.api, consultation.id, [staff.id], 1);
  });

  afterAll(async () => web?.close());

  /** A new verified resident each time: the write limit (4 per window) counts per account. */
  async function signedIn(): Promise<SiteClient> {
    const user = await createUser(web.api, { verified: true });
    const site = new SiteClient(web.api.url);
    const response = await site.post('/connexion', { email: user.email, password: FACTORY_PASSWORD });
    expect(response.status).toBe(303);
    return site;
  }

  const count = async (table: string): Promise<number> =>
    (await web.api.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('refuses every action posted without this browser’s token, and stores nothing', async () => {
    const site = await signedIn();
    const foreign = await new SiteClient(web.api.url).csrfToken('/connexion');
    // Other tests of this file (in any order) write to the same tables: what counts is that nothing is added here.
    const tables = ['proposal_supports', 'proposal_comments', 'content_reports'];
    const before = await Promise.all(tables.map(count));
    const forms: [string, Record<string, string>][] = [
      [`/propositions/${proposalId}`, { action: 'support' }],
      [`/propositions/${proposalId}`, { action: 'comment', body: 'Par un autre site' }],
      [`/propositions/${proposalId}/signaler`, { reason: 'SPAM' }],
    ];
    for (const [path, fields] of forms)
      for (const csrf of [null, 'forged', foreign]) {
        const response = await site.post(path, fields, { csrf });
        expect({ path, csrf, status: response.status }).toEqual({ path, csrf, status: 403 });
      }
    expect(await Promise.all(tables.map(count))).toEqual(before);
  });

  it('answers each action with a redirect (Post/Redirect/Get) and asks visitors to sign in', async () => {
    const visitor = new SiteClient(web.api.url);
    // A visitor's page has no form: the token comes from another page of the same browser.
    const refused = await visitor.post(
      `/propositions/${proposalId}`,
      { action: 'support' },
      { formPath: '/connexion' },
    );
    expect(refused.status).toBe(303);
    expect(refused.location).toMatch(/^\/connexion\?suivant=/);

    const site = await signedIn();
    const supported = await site.post(`/propositions/${proposalId}`, { action: 'support' });
    expect(supported).toMatchObject({ status: 303, location: `/propositions/${proposalId}#soutiens` });
    const page = await site.get(`/propositions/${proposalId}`);
    expect(page.html).toContain('role="status"');
    expect(page.html).toContain('Votre soutien est enregistré.');
    // The message is shown once.
    expect((await site.get(`/propositions/${proposalId}`)).html).not.toContain('Votre soutien est enregistré.');
  });

  it('keeps a refused comment in the field with its error, and stores nothing', async () => {
    const site = await signedIn();
    const before = await count('proposal_comments');
    const long = 'é'.repeat(2001);
    const response = await site.post(`/propositions/${proposalId}`, { action: 'comment', body: long });
    expect(response.status).toBe(400);
    expect(response.html).toContain('<title>Erreur : ');
    expect(response.html).toContain('href="#body"');
    expect(response.html).toMatch(/<textarea[^>]*id="body"[^>]*aria-invalid="true"[^>]*>é{2001}<\/textarea>/);
    const reply = await site.post(`/propositions/${proposalId}`, {
      action: 'comment',
      body: 'Réponse à rien',
      parentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(reply.status).toBe(400);
    expect(await count('proposal_comments')).toBe(before);
  });

  it('shows a refused reply on the page of comments it was written from, its form open', async () => {
    const staff = await createUser(web.api, { verified: true });
    const [other] = await insertProposals(web.api, consultationId, [staff.id], 1);
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      const [row] = await web.api.db.query(
        `INSERT INTO proposal_comments (proposal_id, author_id, body, created_at)
         VALUES ($1, $2, $3, now() + $4 * interval '1 second') RETURNING id`,
        [other, staff.id, `Avis ${i}`, i],
      );
      ids.push(row.id);
    }
    const site = await signedIn();
    const first = await site.get(`/propositions/${other}`);
    const next = /href="([^"]*commentaires=[^"#]*)#commentaires" rel="next"/
      .exec(first.html)![1]
      .replace(/&amp;/g, '&');
    const second = await site.get(next);
    expect(second.html).toContain('Avis 24');
    const action = /<form class="form comment-form" method="post" action="([^"]+)"/.exec(second.html)![1];
    const response = await site.post(
      action.replace(/&amp;/g, '&'),
      { action: 'comment', body: '', parentId: ids[24] },
      {
        formPath: next,
      },
    );
    expect(response.status).toBe(400);
    expect(response.html).toContain(`id="reponse-${ids[24]}"`);
    expect(response.html).toMatch(/<textarea[^>]*id="body"[^>]*aria-invalid="true"/);
    expect(await web.api.db.query(`SELECT 1 FROM proposal_comments WHERE parent_id = $1`, [ids[24]])).toEqual([]);
  });

  it('refuses a report without a known reason at the field, and a second report of the same content above the form', async () => {
    const site = await signedIn();
    const path = `/propositions/${proposalId}/signaler`;
    const forged = await site.post(path, { reason: 'BECAUSE', details: 'Gardé' });
    expect(forged.status).toBe(400);
    expect(forged.html).toContain('Choisissez la raison du signalement');
    expect(forged.html).toContain('>Gardé</textarea>');
    expect((await site.post(path, { reason: 'SPAM' })).status).toBe(303);
    const again = await site.post(path, { reason: 'SPAM' });
    expect(again.status).toBe(400);
    expect(again.html).toContain('Vous avez déjà signalé ce contenu');
    expect(await count('content_reports')).toBe(1);
  });

  it('says when too many writes were made, with the wait in minutes', async () => {
    const site = await signedIn();
    let last = { status: 0, html: '' };
    for (let i = 0; i < 6 && last.status !== 400; i++)
      last = await site.post(`/propositions/${proposalId}`, { action: 'comment', body: `Commentaire ${i}` });
    expect(last.status).toBe(400);
    expect(last.html).toMatch(/Trop de tentatives|minute/);
  });

  it('refuses a forged page cursor or unknown criteria without a server error', async () => {
    const site = new SiteClient(web.api.url);
    const forged = await site.get(`/consultations/${consultationId}/propositions?apres=bm90LWEtY3Vyc29y`);
    expect(forged.status).toBe(400);
    expect(forged.html).toContain('<title>Erreur : ');
    const odd = await site.get(`/consultations/${consultationId}/propositions?categorie=x&tri=rien&reponse=%27`);
    expect(odd.status).toBe(200);
    expect((await site.get(`/propositions/${proposalId}?commentaires=xyz`)).status).toBe(404);
    expect((await site.get('/propositions/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await site.get('/propositions/pas-un-id')).status).toBe(404);
    expect((await site.get('/consultations/pas-un-id')).status).toBe(404);
    expect((await site.get('/consultations/pas-un-id/propositions')).status).toBe(404);
  });

  it('builds the proposal page from one GraphQL execution: the proposal brings its consultation', async () => {
    const graphql = web.api.app.get(WebGraphql, { strict: false });
    const execute = jest.spyOn(graphql, 'execute');
    try {
      const response = await new SiteClient(web.api.url).get(`/propositions/${proposalId}`);
      expect(response.status).toBe(200);
      expect(response.html).toContain('Budget participatif 2027');
      expect(execute).toHaveBeenCalledTimes(1);
    } finally {
      execute.mockRestore();
    }
  });
});

import { Role } from '@quorum/access';
import { SiteClient } from '../browser/support/site-client';
import { startWebApp, WebApp } from '../browser/support/web-app';
import { createConsultation } from '../utils/consultations.factory';
import { createUser } from '../utils/users.factory';

/** The consultations list over plain HTTP: its district filter, as a browser without JavaScript sends it. */
describe('website: consultations by district', () => {
  let web: WebApp;
  /** The commune's districts (the web app starts with the demo commune). */
  let districts: { id: string; name: string }[];

  beforeAll(async () => {
    web = await startWebApp();
    districts = await web.api.db.query(`SELECT id, name FROM districts ORDER BY name`);
    const staff = await createUser(web.api, { role: Role.STAFF });
    const [centre, other] = districts;
    for (const [title, districtId] of [
      ['Toute la ville parle vélo', null],
      [`${centre.name} choisit ses bancs`, centre.id],
      [`${other.name} plante des arbres`, other.id],
    ] as const) {
      const { id } = await createConsultation(web.api, staff.token, { open: 'SUPPORTS' });
      await web.api.db.query(`UPDATE consultations SET title = $2, district_id = $3 WHERE id = $1`, [
        id,
        title,
        districtId,
      ]);
    }
  });

  afterAll(async () => web?.close());

  it('lists a district’s consultations and the whole city’s, with that district selected in the filter', async () => {
    const [centre, other] = districts;
    const site = new SiteClient(web.api.url);
    const all = await site.get('/consultations');
    expect(all.status).toBe(200);
    for (const title of [
      'Toute la ville parle vélo',
      `${centre.name} choisit ses bancs`,
      `${other.name} plante des arbres`,
    ])
      expect(all.html).toContain(title);

    const { html } = await site.get(`/consultations?quartier=${centre.id}`);
    expect(html).toContain('Toute la ville parle vélo');
    expect(html).toContain(`${centre.name} choisit ses bancs`);
    expect(html).not.toContain(`${other.name} plante des arbres`);
    // The filter is the site's select (styled like the others) and keeps the choice.
    expect(html).toMatch(new RegExp(`<select class="field__input" id="quartier" name="quartier">`));
    expect(html).toMatch(new RegExp(`<option value="${centre.id}" selected(="")?>`));
  });
});

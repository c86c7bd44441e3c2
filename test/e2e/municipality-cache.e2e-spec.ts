import { Role } from '@quorum/access';
import { createConsultation, openPhase } from '../utils/consultations.factory';
import { createUser } from '../utils/users.factory';
import { seedToulouse } from '../utils/municipality.factory';
import { startTestApi, TestApi } from '../utils/test-api';

const READ = `{ municipality { name primaryColor districts { name } } }`;
const UPDATE = `mutation($input: UpdateMunicipalitySettingsInput!) { updateMunicipalitySettings(input: $input) { name } }`;
const READ_CONSULTATION = `query($id: ID!) { consultation(id: $id) { title currentPhase categories { name } } }`;
const UPDATE_CONSULTATION = `mutation($input: UpdateConsultationInput!) { updateConsultation(input: $input) { id } }`;
const UNPUBLISH_CONSULTATION = `mutation($id: ID!) { unpublishConsultation(id: $id) { id } }`;

// Every page's frame reads the commune, and a consultation's pages read it with its phases and categories; with
// MUNICIPALITY_CACHE_MS the API reuses them instead of querying each time.
describe('the commune and consultations, reused between requests', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ MUNICIPALITY_CACHE_MS: '60000' });
    await seedToulouse(api);
  });

  afterAll(async () => api?.close());

  it('is read once while fresh, yet a settings change made through this process is seen at once', async () => {
    expect((await api.gql.ok(READ)).municipality).toMatchObject({ name: 'Toulouse', primaryColor: '#1f4e8c' });
    expect((await api.gql.ok(READ)).municipality.districts).toHaveLength(6);

    // A change behind the API's back (another process) is not seen until the reuse delay has passed…
    await api.db.query(`UPDATE municipalities SET primary_color = '#000000'`);
    await api.db.query(`DELETE FROM districts WHERE name = (SELECT min(name) FROM districts)`);
    const reused = (await api.gql.ok(READ)).municipality;
    expect(reused).toMatchObject({ primaryColor: '#1f4e8c' });
    expect(reused.districts).toHaveLength(6);

    // …while one made through this process is seen by the next request.
    const admin = await createUser(api, { role: Role.ADMIN });
    await api.gql.as(admin.token).ok(UPDATE, { input: { name: 'Toulouse Métropole' } });
    const fresh = (await api.gql.ok(READ)).municipality;
    expect(fresh).toMatchObject({ name: 'Toulouse Métropole', primaryColor: '#000000' });
    expect(fresh.districts).toHaveLength(5);
  });

  it('reuses a consultation with its phases and categories, yet sees at once what staff change through this process', async () => {
    const staff = await createUser(api, { role: Role.STAFF });
    const { id } = await createConsultation(api, staff.token, { open: 'PROPOSALS', categories: ['Mobilité'] });
    const read = async () => (await api.gql.ok(READ_CONSULTATION, { id })).consultation;
    const first = { title: 'Budget participatif 2027', currentPhase: 'PROPOSALS', categories: [{ name: 'Mobilité' }] };
    expect(await read()).toEqual(first);

    // Behind the API's back (another process, time passing): not seen until the reuse delay has passed…
    await api.db.query(`UPDATE consultations SET title = 'Titre changé ailleurs' WHERE id = $1`, [id]);
    await openPhase(api, id, 'SUPPORTS');
    expect(await read()).toEqual(first);

    // …while a change through this process is seen by the next request, with what changed behind its back.
    await api.gql.as(staff.token).ok(UPDATE_CONSULTATION, { input: { id, categories: ['Mobilité', 'Culture'] } });
    expect(await read()).toEqual({
      title: 'Titre changé ailleurs',
      currentPhase: 'SUPPORTS',
      categories: [{ name: 'Culture' }, { name: 'Mobilité' }],
    });

    // Unpublished: gone for visitors at once, still there for staff.
    await api.gql.as(staff.token).ok(UNPUBLISH_CONSULTATION, { id });
    expect(await api.gql.errorCode(READ_CONSULTATION, { id })).toBe('NOT_FOUND');
    expect((await api.gql.as(staff.token).ok(READ_CONSULTATION, { id })).consultation.title).toBe(
      'Titre changé ailleurs',
    );
  });
});

import { Role } from '@quorum/access';
import { createUser } from '../utils/users.factory';
import { seedToulouse } from '../utils/municipality.factory';
import { startTestApi, TestApi } from '../utils/test-api';

const READ = `{ municipality { name primaryColor districts { name } } }`;
const UPDATE = `mutation($input: UpdateMunicipalitySettingsInput!) { updateMunicipalitySettings(input: $input) { name } }`;

// Every page's frame reads the commune; with MUNICIPALITY_CACHE_MS the API reuses it instead of querying each time.
describe('the commune, reused between requests', () => {
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
});

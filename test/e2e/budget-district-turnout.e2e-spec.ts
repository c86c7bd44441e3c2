import { CAST, createBudget } from '../utils/budgets.factory';
import { createUser, startApiWithStaff, TestUser } from '../utils/users.factory';
import { seedToulouse } from '../utils/municipality.factory';
import { TestApi } from '../utils/test-api';

const IMPORT = `mutation($input: ImportCensusInput!) { importCensus(input: $input) { added } }`;
const VERIFY = `mutation($input: VerifyResidencyInput!) { verifyResidency(input: $input) { verified } }`;
const BY_DISTRICT = `query($id: ID!) { budget(id: $id) { turnout { ballots } turnoutByDistrict { districtId ballots verifiedResidents censusSize shareOfCensus shareOfVerified } } }`;

/** Issue #19.5: a city-wide budget's turnout in each district, counted from keyed participations without storing a voter's district. */
describe('turnout by district', () => {
  let api: TestApi;
  let staff: TestUser;
  let districts: Record<string, string>;

  beforeAll(async () => {
    ({ api, staff } = await startApiWithStaff());
    const seeded = await seedToulouse(api);
    districts = Object.fromEntries(seeded.districts.map((d) => [d.name, d.id]));
  });
  afterAll(() => api.close());

  async function resident(censusCode: string): Promise<TestUser> {
    const user = await createUser(api);
    await api.gql.as(user.token).ok(VERIFY, { input: { censusCode } });
    return user;
  }

  it('counts the voters of each district against its census and verified residents; unknown districts in none', async () => {
    // Centre: 4 census entries, 3 verified; Nord: 2 entries, 2 verified; one entry without a district.
    await api.gql.as(staff.token).ok(IMPORT, {
      input: {
        csv: ['code;district', 'TBD00001;Centre', 'TBD00002;Centre', 'TBD00003;Centre', 'TBD00004;Centre']
          .concat(['TBD00005;Nord', 'TBD00006;Nord', 'TBD00007'])
          .join('\n'),
      },
    });
    const centre = [await resident('TBD00001'), await resident('TBD00002'), await resident('TBD00003')];
    const nord = [await resident('TBD00005'), await resident('TBD00006')];
    const nowhere = await resident('TBD00007');
    const budget = await createBudget(api, staff.token, { ballotType: 'APPROVAL' });
    const cast = (user: TestUser, p: number) =>
      api.gql.as(user.token).ok(CAST, { input: { budgetId: budget.budgetId, projectIds: [budget.projectIds[p]] } });
    await cast(centre[0], 0);
    await cast(centre[1], 1);
    await cast(centre[1], 2); // a re-vote replaces the ballot: still one voter
    await cast(nord[0], 0);
    await cast(nowhere, 1);

    const { budget: read } = await api.gql.ok(BY_DISTRICT, { id: budget.budgetId });
    expect(read.turnout.ballots).toBe(4);
    const byId = new Map(read.turnoutByDistrict.map((t: { districtId: string }) => [t.districtId, t]));
    expect(byId.get(districts.Centre)).toEqual({
      districtId: districts.Centre,
      ballots: 2,
      verifiedResidents: 3,
      censusSize: 4,
      shareOfCensus: 0.5,
      shareOfVerified: 2 / 3,
    });
    expect(byId.get(districts.Nord)).toEqual({
      districtId: districts.Nord,
      ballots: 1,
      verifiedResidents: 2,
      censusSize: 2,
      shareOfCensus: 0.5,
      shareOfVerified: 0.5,
    });
    // Only districts with residents are listed; the voter without a district is in none of them.
    expect([...byId.keys()].sort()).toEqual([districts.Centre, districts.Nord].sort());
    const counted = read.turnoutByDistrict.reduce((sum: number, t: { ballots: number }) => sum + t.ballots, 0);
    expect(counted).toBe(3);
  });

  it('gives none for a district budget, whose turnout is its district’s', async () => {
    const budget = await createBudget(api, staff.token, { extra: { districtId: districts.Est } });
    const { budget: read } = await api.gql.ok(BY_DISTRICT, { id: budget.budgetId });
    expect(read.turnoutByDistrict).toEqual([]);
  });

  it('reads the participations once per request, however many aliases ask', async () => {
    const budget = await createBudget(api, staff.token);
    const aliases = Array.from({ length: 10 }, (_, i) => `t${i}: turnoutByDistrict { ballots }`).join(' ');
    const spy = jest.spyOn(api.db, 'query');
    try {
      await api.gql.ok(`query($id: ID!) { budget(id: $id) { ${aliases} } }`, { id: budget.budgetId });
      const reads = spy.mock.calls.filter(([sql]) => String(sql).includes('FROM budget_participations'));
      expect(reads).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });
});

import { BUDGET, CAST, createBudget } from '../utils/budgets.factory';
import { createUser, freshCensusCode, startApiWithStaff, TestUser } from '../utils/users.factory';
import { seedToulouse } from '../utils/municipality.factory';
import { TestApi } from '../utils/test-api';

const IMPORT = `mutation($input: ImportCensusInput!) { importCensus(input: $input) { added alreadyPresent malformed malformedLines } }`;
const VERIFY = `mutation($input: VerifyResidencyInput!) { verifyResidency(input: $input) { verified } }`;
const IN_PERSON = `mutation($input: VerifyResidentInPersonInput!) { verifyResidentInPerson(input: $input) }`;

describe("district budgets: only the district's residents vote", () => {
  let api: TestApi;
  let staff: TestUser;
  let centre: string;
  let nord: string;
  beforeAll(async () => {
    ({ api, staff } = await startApiWithStaff());
    const { districts } = await seedToulouse(api);
    centre = districts.find((d) => d.name === 'Centre')!.id;
    nord = districts.find((d) => d.name === 'Nord')!.id;
  });
  afterAll(() => api.close());

  const importCensus = async (csv: string) =>
    (await api.gql.as(staff.token).ok(IMPORT, { input: { csv } })).importCensus;
  const resident = async (censusCode: string): Promise<TestUser> => {
    const user = await createUser(api);
    await api.gql.as(user.token).ok(VERIFY, { input: { censusCode } });
    return user;
  };
  const castIn = (user: TestUser, budget: { budgetId: string; projectIds: string[] }) =>
    api.gql.as(user.token).request(CAST, { input: { budgetId: budget.budgetId, projectIds: [budget.projectIds[0]] } });

  it('imports districts with the census (by name or id), and refuses unknown ones by line', async () => {
    const report = await importCensus(
      [
        'code;district',
        'DIST0001;Centre',
        `DIST0002,${nord}`,
        'DIST0003',
        'DIST0004;Atlantide',
        'DIST0005;centre ',
      ].join('\n'),
    );
    expect(report).toEqual({ added: 4, alreadyPresent: 0, malformed: 1, malformedLines: [5] });
  });

  it("lets a district's residents vote in its budget, and nobody else; a citywide budget stays open to all", async () => {
    // Codes of its own, so the test does not depend on the import test running first (jest --randomize).
    expect(await importCensus(['DIST1001;Centre', `DIST1002,${nord}`, 'DIST1003'].join('\n'))).toMatchObject({
      added: 3,
    });
    const inCentre = await resident('DIST1001');
    const inNord = await resident('DIST1002');
    const unknown = await resident('DIST1003');
    const districtBudget = await createBudget(api, staff.token, { extra: { districtId: centre } });
    const citywide = await createBudget(api, staff.token);

    expect((await castIn(inCentre, districtBudget)).errors).toBeUndefined();
    for (const outsider of [inNord, unknown])
      expect((await castIn(outsider, districtBudget)).errors?.[0].extensions?.code).toBe('WRONG_DISTRICT');
    for (const anyone of [inCentre, inNord, unknown]) expect((await castIn(anyone, citywide)).errors).toBeUndefined();
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM ballots WHERE budget_id = $1`, [
      districtBudget.budgetId,
    ]);
    expect(n).toBe(1);

    // The resident moved: a re-import with the new district moves them; one without a district keeps it.
    expect(await importCensus('DIST1002;Centre\nDIST1001')).toMatchObject({ added: 0, alreadyPresent: 2 });
    expect((await castIn(inNord, districtBudget)).errors).toBeUndefined();
    expect((await castIn(inCentre, districtBudget)).errors).toBeUndefined();
  });

  it('takes the district staff checked at an in-person verification, and refuses an unknown district', async () => {
    const seen = await createUser(api);
    const badDistrict = await api.gql.as(staff.token).request(IN_PERSON, {
      input: {
        userId: seen.id,
        reason: "Carte d'identité et justificatif",
        censusCode: await freshCensusCode(api),
        districtId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(badDistrict.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    await api.gql.as(staff.token).ok(IN_PERSON, {
      input: {
        userId: seen.id,
        reason: "Carte d'identité et justificatif",
        censusCode: await freshCensusCode(api),
        districtId: nord,
      },
    });
    const nordBudget = await createBudget(api, staff.token, { extra: { districtId: nord } });
    expect((await castIn(seen, nordBudget)).errors).toBeUndefined();
  });

  it("measures a district budget's turnout against its district's residents, a citywide one against the commune's", async () => {
    // Est: a district no other test of this file uses.
    await importCensus('code;district\nEST00001;Est\nEST00002;Est\nEST00003;Est');
    const voters = [await resident('EST00001'), await resident('EST00002')];
    const estBudget = await createBudget(api, staff.token, { extra: { districtId: await districtId('Est') } });
    expect((await castIn(voters[0], estBudget)).errors).toBeUndefined();
    const turnout = async (budgetId: string) => (await api.gql.ok(BUDGET, { id: budgetId })).budget.turnout;
    expect(await turnout(estBudget.budgetId)).toEqual({ ballots: 1, verifiedResidents: 2, censusSize: 3 });

    const citywide = await createBudget(api, staff.token);
    const [commune] = await api.db.query(
      `SELECT (SELECT count(*)::int FROM residency_verifications) AS "verifiedResidents",
              (SELECT count(*)::int FROM census_entries) AS "censusSize"`,
    );
    expect(await turnout(citywide.budgetId)).toEqual({ ballots: 0, ...commune });
  });

  async function districtId(name: string): Promise<string> {
    const [{ id }] = await api.db.query(`SELECT id FROM districts WHERE name = $1`, [name]);
    return id;
  }
});

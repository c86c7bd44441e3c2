import { randomBytes } from 'node:crypto';
import { CAST, createBudget } from '../utils/budgets.factory';
import { seedToulouse } from '../utils/municipality.factory';
import { createUser, insertCensusCodes, startApiWithStaff, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';

const CREATE_GROUP = `mutation($input: CreateVoteGroupInput!) { createVoteGroup(input: $input) { id } }`;

/**
 * A cast reads the voter's verification (their census entry, district, birth
 * year…) once, and every rule of the cast (district, eligibility, the "one"
 * workflow, paper precedence, the vote group) decides on that one snapshot.
 * The budget here brings every rule that needs the person into one cast.
 */
describe('participatory budgets: what one cast reads of the voter', () => {
  let api: TestApi;
  let staff: TestUser;
  let centre: string;
  beforeAll(async () => {
    ({ api, staff } = await startApiWithStaff({ BUDGET_VOTING_WORKFLOW: 'one' }, async (started) => {
      const { districts } = await seedToulouse(started);
      centre = districts.find((d) => d.name === 'Centre')!.id;
    }));
  });
  afterAll(() => api.close());

  /** A resident of `districtId` born in `birthYear`, verified with their census entry. */
  async function resident(districtId: string, birthYear: number): Promise<TestUser> {
    const user = await createUser(api);
    const [hash] = await insertCensusCodes(api, [`R${randomBytes(8).toString('hex').toUpperCase()}`]);
    await api.db.query(
      `WITH c AS (UPDATE census_entries SET district_id = $2, birth_year = $3 WHERE code_hash = $1 RETURNING id)
       INSERT INTO residency_verifications (user_id, census_entry_id, method) SELECT $4, c.id, 'CENSUS' FROM c`,
      [hash, districtId, birthYear, user.id],
    );
    return { ...user, verified: true };
  }

  /** SQL the API runs through its DataSource (transactions' statements included) while `work` runs. */
  async function queriesDuring(work: () => Promise<unknown>): Promise<string[]> {
    const spy = jest.spyOn(api.db, 'query');
    try {
      await work();
      return spy.mock.calls.map(([sql]) => sql);
    } finally {
      spy.mockRestore();
    }
  }

  it('reads the verification once for district, age, workflow, paper precedence and vote group', async () => {
    const { createVoteGroup: group } = await api.gql.as(staff.token).ok(CREATE_GROUP, {
      input: { title: `Quartiers ${randomBytes(4).toString('hex')}`, rule: 'EXACTLY_ONE' },
    });
    const { budgetId, projectIds } = await createBudget(api, staff.token, {
      ballotType: 'APPROVAL',
      extra: { districtId: centre, minAge: 16, paperPrecedence: 'PAPER_WINS', voteGroupId: group.id },
    });
    const voter = await resident(centre, 1990);

    const queries = await queriesDuring(() =>
      api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: [projectIds[0]] } }),
    );
    expect(queries.filter((sql) => /residency_verifications/.test(sql))).toHaveLength(1);

    // The rules still decide on that snapshot: another district's resident, and a child, are refused.
    const elsewhere = await resident((await districtNamed('Nord')).id, 1990);
    const child = await resident(centre, new Date().getUTCFullYear() - 10);
    const refusal = async (user: TestUser) =>
      (await api.gql.as(user.token).request(CAST, { input: { budgetId, projectIds: [projectIds[0]] } })).errors?.[0]
        .extensions;
    expect(await refusal(elsewhere)).toMatchObject({ code: 'WRONG_DISTRICT' });
    expect(await refusal(child)).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'TOO_YOUNG' });
  });

  async function districtNamed(name: string): Promise<{ id: string }> {
    const [row] = await api.db.query(`SELECT id FROM districts WHERE name = $1`, [name]);
    return row;
  }
});

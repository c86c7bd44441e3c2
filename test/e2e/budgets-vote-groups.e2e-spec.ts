import { VoterKey } from '@quorum/budgets';
import { CAST, createBudget, CREATE_BUDGET } from '../utils/budgets.factory';
import { createUsers, startApiWithStaff, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';

const CREATE_GROUP = `mutation($input: CreateVoteGroupInput!) { createVoteGroup(input: $input) { id title rule maxBudgets } }`;
const GROUP = `query($id: ID!) { voteGroup(id: $id) { id rule maxBudgets budgets { id title voteGroup { id } } } }`;

describe('vote groups: budgets voted together, the rule held by the database', () => {
  let api: TestApi;
  let staff: TestUser;
  beforeAll(async () => ({ api, staff } = await startApiWithStaff()));
  afterAll(() => api.close());

  const group = async (rule: string, maxBudgets?: number): Promise<string> =>
    (await api.gql.as(staff.token).ok(CREATE_GROUP, { input: { title: `Groupe ${rule}`, rule, maxBudgets } }))
      .createVoteGroup.id;
  const budgetsOf = (voteGroupId: string, count: number) =>
    Promise.all(Array.from({ length: count }, () => createBudget(api, staff.token, { extra: { voteGroupId } })));
  const cast = (user: TestUser, budget: { budgetId: string; projectIds: string[] }, project = 0) =>
    api.gql
      .as(user.token)
      .request(CAST, { input: { budgetId: budget.budgetId, projectIds: [budget.projectIds[project]] } });
  const ballotsIn = async (budgetIds: string[]) => {
    const [row] = await api.db.query(
      `SELECT (SELECT count(*)::int FROM ballots WHERE budget_id = ANY($1)) AS ballots,
              (SELECT count(*)::int FROM budget_participations WHERE budget_id = ANY($1)) AS participations`,
      [budgetIds],
    );
    return row as { ballots: number; participations: number };
  };

  it('leaves one ballot when one resident tries 50 times at once to vote in both budgets of a "one" group', async () => {
    const groupId = await group('EXACTLY_ONE');
    const [city, district] = await budgetsOf(groupId, 2);
    const [hugo] = await createUsers(api, 1, { verified: true });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => cast(hugo, i % 2 === 0 ? city : district, i % 5)),
    );
    const codes = new Set(results.flatMap((r) => r.errors?.map((e) => e.extensions?.code) ?? []));
    expect([...codes]).toEqual(['VOTE_GROUP_LIMIT_REACHED']);
    expect(await ballotsIn([city.budgetId, district.budgetId])).toEqual({ ballots: 1, participations: 1 });
    // The accepted casts were all in one budget (re-votes there); every cast in the other was refused.
    const accepted = results.map((r, i) => (r.errors ? null : i % 2)).filter((x) => x !== null);
    expect(new Set(accepted).size).toBe(1);
    const [{ n }] = await api.db.query(
      `SELECT cardinality(budget_ids) AS n FROM budget_vote_group_voters WHERE group_id = $1`,
      [groupId],
    );
    expect(n).toBe(1);
  });

  it('stores a group title without the spaces around it', async () => {
    const { createVoteGroup } = await api.gql
      .as(staff.token)
      .ok(CREATE_GROUP, { input: { title: '  Quartiers nord et sud \n', rule: 'EXACTLY_ONE' } });
    expect(createVoteGroup.title).toBe('Quartiers nord et sud');
  });

  it('says which group refused, and lets the resident change their vote in the budget they chose', async () => {
    const groupId = await group('EXACTLY_ONE');
    const [north, south] = await budgetsOf(groupId, 2);
    const [ines] = await createUsers(api, 1, { verified: true });
    expect((await cast(ines, north)).errors).toBeUndefined();
    const refused = await cast(ines, south);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'VOTE_GROUP_LIMIT_REACHED',
      voteGroupId: groupId,
      voteGroupTitle: 'Groupe EXACTLY_ONE',
      rule: 'EXACTLY_ONE',
      maxBudgets: 1,
    });
    expect((await cast(ines, north, 3)).errors).toBeUndefined();
    expect(await ballotsIn([north.budgetId])).toEqual({ ballots: 1, participations: 1 });
    expect(await ballotsIn([south.budgetId])).toEqual({ ballots: 0, participations: 0 });
    // Another resident may pick the other budget; a budget outside the group is not limited by it.
    const [jules] = await createUsers(api, 1, { verified: true });
    expect((await cast(jules, south)).errors).toBeUndefined();
    expect((await cast(ines, await createBudget(api, staff.token))).errors).toBeUndefined();
  });

  it('keeps counting the row a person holds under an older name: their account alone (before census keys), or before they verified', async () => {
    const olderNames = [(userId: string) => userId, (userId: string) => `user:${userId}`];
    for (const olderName of olderNames) {
      const groupId = await group('EXACTLY_ONE');
      const [north, south] = await budgetsOf(groupId, 2);
      const [lea] = await createUsers(api, 1, { verified: true });
      const held = api.app.get(VoterKey).of(`vote-group:${groupId}`, olderName(lea.id));
      await api.db.query(
        `INSERT INTO budget_vote_group_voters (group_id, voter_key, budget_ids, max_budgets) VALUES ($1, $2, ARRAY[$3::uuid], 1)`,
        [groupId, held, north.budgetId],
      );
      expect((await cast(lea, south)).errors?.[0].extensions?.code).toBe('VOTE_GROUP_LIMIT_REACHED');
      expect((await cast(lea, north)).errors).toBeUndefined();
      const rows = await api.db.query(`SELECT voter_key FROM budget_vote_group_voters WHERE group_id = $1`, [groupId]);
      expect(rows).toEqual([{ voter_key: held }]);
    }
  });

  it('allows up to N budgets of an UP_TO_N group, and every budget of an ALL group', async () => {
    const upTo2 = await group('UP_TO_N', 2);
    const three = await budgetsOf(upTo2, 3);
    const all = await budgetsOf(await group('ALL'), 3);
    const [kim] = await createUsers(api, 1, { verified: true });
    expect((await cast(kim, three[0])).errors).toBeUndefined();
    expect((await cast(kim, three[1])).errors).toBeUndefined();
    expect((await cast(kim, three[2])).errors?.[0].extensions).toMatchObject({
      code: 'VOTE_GROUP_LIMIT_REACHED',
      maxBudgets: 2,
    });
    for (const budget of all) expect((await cast(kim, budget)).errors).toBeUndefined();
    expect(await ballotsIn(three.map((b) => b.budgetId))).toEqual({ ballots: 2, participations: 2 });
  });

  it('lists a group with its budgets (drafts for staff only), and refuses inconsistent groups and unknown ones', async () => {
    const groupId = await group('UP_TO_N', 2);
    const [open] = await budgetsOf(groupId, 1);
    const draft = await createBudget(api, staff.token, { open: false, extra: { voteGroupId: groupId } });
    const seen = async (token?: string) =>
      ((await (token ? api.gql.as(token) : api.gql).ok(GROUP, { id: groupId })).voteGroup.budgets as { id: string }[])
        .map((b) => b.id)
        .sort();
    expect(await seen()).toEqual([open.budgetId]);
    expect(await seen(staff.token)).toEqual([open.budgetId, draft.budgetId].sort());

    const staffGql = api.gql.as(staff.token);
    for (const input of [
      { title: 'Sans limite', rule: 'UP_TO_N' },
      { title: 'Limite de trop', rule: 'EXACTLY_ONE', maxBudgets: 2 },
      { title: 'Zéro', rule: 'UP_TO_N', maxBudgets: 0 },
    ]) {
      const refused = await staffGql.request(CREATE_GROUP, { input });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    const unknownGroup = await staffGql.request(CREATE_BUDGET, {
      input: {
        title: 'Budget orphelin',
        totalAmount: 1000,
        ballotType: 'APPROVAL',
        votingOpensAt: new Date(Date.now() + 3_600_000).toISOString(),
        votingClosesAt: new Date(Date.now() + 7_200_000).toISOString(),
        voteGroupId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(unknownGroup.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'input.voteGroupId' }],
    });
    expect(await api.gql.errorCode(GROUP, { id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
  });

  it('accepts exactly N projects (minimum = maximum) and refuses one fewer or one more', async () => {
    const exact = await createBudget(api, staff.token, {
      ballotType: 'APPROVAL',
      extra: { minProjects: 2, maxProjects: 2 },
    });
    const [lea] = await createUsers(api, 1, { verified: true });
    const vote = (projectIds: string[]) =>
      api.gql.as(lea.token).request(CAST, { input: { budgetId: exact.budgetId, projectIds } });
    const p = exact.projectIds;
    expect((await vote([p[0]])).errors?.[0].extensions?.code).toBe('TOO_FEW_PROJECTS');
    expect((await vote([p[0], p[1], p[2]])).errors?.[0].extensions?.code).toBe('TOO_MANY_PROJECTS');
    expect((await vote([p[0], p[1]])).errors).toBeUndefined();
    expect(await ballotsIn([exact.budgetId])).toEqual({ ballots: 1, participations: 1 });
  });
});

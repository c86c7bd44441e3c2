import { createBudget, createRefusedBudget, voteAndTally } from '../utils/budgets.factory';
import { TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';
import { WorkerTestBed } from '../utils/worker-test-bed';

const RESULT = `query($id: ID!) { budget(id: $id) {
  status minProjectScore
  result { rule minProjectScore winners { id } comparison { rule winners { id } } }
} }`;

/** A GREEDY budget's score threshold (Pabulib `greedy-threshold`): applied by the tally and stored with its result. */
describe('participatory budgets: GREEDY with a minimum project score', () => {
  const bed = new WorkerTestBed();
  let api: TestApi;
  let staff: TestUser;
  beforeAll(async () => ({ api, staff } = await bed.startWithStaff()));
  afterAll(() => bed.stop());

  it('leaves out projects scoring under the threshold, and stores the threshold with the result', async () => {
    // 1000 €: 400 (5 votes), 300 (4 votes), 200 (2 votes). Without a threshold, greedy funds all three (900 €).
    const { budgetId, projectIds } = await createBudget(api, staff.token, {
      costs: [400, 300, 200],
      ballotType: 'APPROVAL',
      extra: { tallyRule: 'GREEDY', minProjectScore: 3 },
    });
    const [big, mid, small] = projectIds;
    const ballots = [
      [big, mid],
      [big, mid],
      [big, mid],
      [big, mid, small],
      [big, small],
    ];
    await voteAndTally(api, staff.token, budgetId, ballots);
    const { budget } = await api.gql.as(staff.token).ok(RESULT, { id: budgetId });
    expect(budget.minProjectScore).toBe(3);
    expect(budget.result.rule).toBe('GREEDY');
    expect(budget.result.minProjectScore).toBe(3);
    // 2 votes < 3: not eligible although it fits.
    expect(budget.result.winners.map((w: { id: string }) => w.id)).toEqual([big, mid]);
    // The comparison is plain greedy, which funds it.
    expect(budget.result.comparison.winners.map((w: { id: string }) => w.id)).toEqual([big, mid, small]);
  });

  it('stores no threshold with the result of a GREEDY budget without one (a project nobody voted for may then be funded)', async () => {
    const { budgetId, projectIds } = await createBudget(api, staff.token, {
      costs: [400, 300],
      ballotType: 'APPROVAL',
      extra: { tallyRule: 'GREEDY' },
    });
    await voteAndTally(api, staff.token, budgetId, [[projectIds[1]]]);
    const { budget } = await api.gql.as(staff.token).ok(RESULT, { id: budgetId });
    expect(budget.result.minProjectScore).toBeNull();
    expect(budget.result.winners.map((w: { id: string }) => w.id)).toEqual([projectIds[1], projectIds[0]]);
  });

  it.each([
    ['an EQUAL_SHARES', 'EQUAL_SHARES'],
    ['a SEQUENTIAL_PHRAGMEN', 'SEQUENTIAL_PHRAGMEN'],
    ['a GREEDY_NO_SKIP', 'GREEDY_NO_SKIP'],
    ['a default-rule (EQUAL_SHARES)', undefined],
  ])('refuses a minimum project score on %s budget, and stores nothing', async (_label, tallyRule) => {
    const title = `Seuil refusé ${tallyRule ?? 'default'}`;
    const refused = await createRefusedBudget(api, staff.token, title, {
      ...(tallyRule ? { tallyRule } : {}),
      minProjectScore: 2,
    });
    expect(refused.code).toBe('VALIDATION_FAILED');
    expect(refused.extensions).toContain('input.minProjectScore');
    expect(refused.stored).toBe(0);
  });
});

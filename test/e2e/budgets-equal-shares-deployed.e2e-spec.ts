import { BudgetBallotsReader } from '@quorum/budgets';
import { drawOrder, parsePabulib, pabulibToProfile, tally, toRuleSpec } from '@quorum/tally';
import { createBudget, createRefusedBudget, voteAndTally } from '../utils/budgets.factory';
import { TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';
import { WorkerTestBed } from '../utils/worker-test-bed';

const RESULT = `query($id: ID!) { budget(id: $id) {
  status equalSharesComparison tieBreakSeed
  result {
    winners { id } tieBreakSeed
    equalSharesComparison { criterion prefersEqualShares prefersGreedy switched }
  }
} }`;

/** Equal Shares as Wieliczka and Świecie ran it (issue #22.5): the comparison step and a published tie-break seed. */
describe('participatory budgets: Equal Shares with the comparison step and a published tie-break seed', () => {
  const bed = new WorkerTestBed();
  let api: TestApi;
  let staff: TestUser;
  beforeAll(async () => ({ api, staff } = await bed.startWithStaff()));
  afterAll(() => bed.stop());

  it('keeps greedy when more voters prefer it, records both in the result and the .pb META, and recounts from the file', async () => {
    // 200 €; P, Q, R 100 € each. Two residents vote P and Q, one votes R. Equal Shares (with ADD1) funds P only;
    // greedy funds P and Q: the two prefer greedy (2 of their projects against 1), the third is indifferent.
    const seed = 'tirage  public\n2027';
    const { budgetId, projectIds } = await createBudget(api, staff.token, {
      totalAmount: 200,
      costs: [100, 100, 100],
      ballotType: 'APPROVAL',
      extra: { tallyRule: 'EQUAL_SHARES', equalSharesComparison: 'SATISFACTION', tieBreakSeed: seed },
    });
    const [p, q, r] = projectIds;
    const ballots = [[p, q], [p, q], [r]];
    await voteAndTally(api, staff.token, budgetId, ballots);

    const { budget } = await api.gql.as(staff.token).ok(RESULT, { id: budgetId });
    // Published with the budget before the vote, on one line with single spaces (as the .pb META holds it).
    expect(budget.tieBreakSeed).toBe('tirage public 2027');
    expect(budget.equalSharesComparison).toBe('SATISFACTION');
    // P and Q tie everywhere (same cost, same votes): the draw of the seed orders them.
    const drawn = drawOrder([p, q], 'tirage public 2027');
    expect(budget.result.winners.map((w: { id: string }) => w.id)).toEqual(drawn);
    expect(budget.result.equalSharesComparison).toEqual({
      criterion: 'SATISFACTION',
      prefersEqualShares: 0,
      prefersGreedy: 2,
      switched: true,
    });
    expect(budget.result.tieBreakSeed).toBe('tirage public 2027');

    // The canonical file names the rule, the criterion and the seed; its own META recounts the same winners.
    const file = await api.app.get(BudgetBallotsReader).canonicalFile(budgetId);
    const parsed = parsePabulib(file);
    expect(parsed.meta).toMatchObject({
      rule: 'equalshares/add1-comparison',
      comparison: 'satisfaction',
      tie_break_seed: 'tirage public 2027',
    });
    const rule = toRuleSpec({ rule: 'meta' }, parsed);
    expect(rule).toEqual({ rule: 'equal-shares-add1', comparison: 'satisfaction', tieSeed: 'tirage public 2027' });
    const recount = tally(pabulibToProfile(parsed), rule);
    expect(recount.winners).toEqual(drawn);
    expect(recount.comparison).toMatchObject({ equalSharesWinners: [drawn[0]], switched: true });
  });

  it.each([
    [{ tallyRule: 'GREEDY', equalSharesComparison: 'SATISFACTION' }, 'input.equalSharesComparison'],
    [{ tallyRule: 'SEQUENTIAL_PHRAGMEN', tieBreakSeed: 'x' }, 'input.tieBreakSeed'],
    [{ tieBreakSeed: '   ' }, 'tieBreakSeed'],
    [{ tieBreakSeed: 'x'.repeat(201) }, 'tieBreakSeed'],
  ])('refuses %j, storing nothing', async (extra, field) => {
    const title = `Refus ${JSON.stringify(extra).slice(0, 60)}`;
    const refused = await createRefusedBudget(api, staff.token, title, extra);
    expect(refused.code).toBe('VALIDATION_FAILED');
    expect(refused.extensions).toContain(field);
    expect(refused.stored).toBe(0);
  });
});

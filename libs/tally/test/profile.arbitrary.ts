import fc from 'fast-check';
import { mergeBallots } from '../src/model/merge-ballots';
import type { BallotKind, TallyProfile } from '../src/model/tally-profile';

// Ids whose string order differs from numeric order, and few distinct costs,
// so that ties (equal rationals) and "10" < "9" come up often.
const IDS = ['1', '10', '2', '9', 'a', 'B'];
const COSTS = ['1', '2', '3', '0.5', '1.5', '2.25', '0.1', '0.2', '0.3', '4'];
const BUDGETS = ['1', '2', '3', '4.5', '5', '6', '0.6', '7.25', '10'];

export function profileArbitrary(
  kinds: readonly BallotKind[] = ['approval', 'cumulative', 'ordinal'],
): fc.Arbitrary<TallyProfile> {
  return fc
    .record({
      kind: fc.constantFrom(...kinds),
      m: fc.integer({ min: 1, max: IDS.length }),
      costs: fc.array(fc.constantFrom(...COSTS), { minLength: IDS.length, maxLength: IDS.length }),
      budget: fc.constantFrom(...BUDGETS),
      ballots: fc.array(
        fc.record({
          order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 0, maxLength: 6 }),
          points: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 6, maxLength: 6 }),
        }),
        { minLength: 1, maxLength: 10 },
      ),
    })
    .map(({ kind, m, costs, budget, ballots }) => {
      const projects = IDS.slice(0, m).map((id, i) => ({ id, cost: costs[i] }));
      const raw = ballots.map((b) => {
        const chosen = b.order.filter((i) => i < m);
        return {
          projects: chosen.map((i) => IDS[i]),
          ...(kind === 'cumulative' ? { points: chosen.map((i) => b.points[i]) } : {}),
        };
      });
      return { kind, budget, projects, ballots: mergeBallots(raw, kind) };
    });
}

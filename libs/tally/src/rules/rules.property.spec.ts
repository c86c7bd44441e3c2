import fc from 'fast-check';
import { Rational } from '../arithmetic/rational';
import { compileProfile } from '../model/compiled-profile';
import type { TallyProfile } from '../model/tally-profile';
import { profileArbitrary } from '../../test/profile.arbitrary';
import { refAdd1, refElection, refGreedy, refMes, refPhragmen, type RefElection } from '../../test/reference-rules';
import { tally } from './tally';
import type { RuleSpec } from './tally-rule';

const RUNS = { numRuns: 300 };
/** Tolerance 1: every round is settled by the exact twin, the float path is only a proposal. */
const EXACT_EVERYWHERE = { nearTieTolerance: 1 };

const ids = (e: RefElection, winners: number[]) => winners.map((q) => e.ids[q]);

function reference(profile: TallyProfile, rule: RuleSpec): string[] {
  const e = refElection(profile);
  const n = BigInt(e.voters.length);
  switch (rule.rule) {
    case 'greedy':
      return ids(e, refGreedy(e, rule.tiebreak));
    case 'greedy-no-skip':
      return ids(e, refGreedy(e, rule.tiebreak, { noSkip: true }));
    case 'greedy-threshold':
      return ids(e, refGreedy(e, rule.tiebreak, { minScore: rule.minScore }));
    case 'greedy-exclusive':
      return ids(e, refGreedy(e, rule.tiebreak, { exclusive: rule.exclusive }));
    case 'phragmen':
      return ids(e, refPhragmen(e));
    case 'equal-shares':
      return ids(e, refMes(e, rule.utility ?? 'cost', e.budget.divInt(n)).winners);
    case 'equal-shares-add1':
      return ids(e, refAdd1(e, rule.utility ?? 'cost', rule.stop ?? 'over-budget'));
  }
}

const RULES: RuleSpec[] = [
  { rule: 'greedy' },
  { rule: 'greedy', tiebreak: 'min-cost' },
  { rule: 'greedy-no-skip' },
  { rule: 'greedy-no-skip', tiebreak: 'min-cost' },
  { rule: 'greedy-threshold', minScore: 3 },
  {
    rule: 'greedy-exclusive',
    exclusive: [
      ['1', '2', '9'],
      ['10', 'a'],
    ],
  },
  { rule: 'equal-shares' },
  { rule: 'equal-shares', utility: 'approval' },
  { rule: 'equal-shares', utility: 'points' },
  { rule: 'equal-shares-add1' },
  { rule: 'equal-shares-add1', stop: 'exhaustive' },
  { rule: 'equal-shares-add1', utility: 'approval' },
  { rule: 'phragmen' },
];

/** Exclusive groups name only the profile's projects (random profiles have 1 to 6). */
function withKnownProjects(rule: RuleSpec, profile: TallyProfile): RuleSpec {
  if (rule.rule !== 'greedy-exclusive') return rule;
  const known = new Set(profile.projects.map((p) => p.id));
  return { ...rule, exclusive: rule.exclusive.map((g) => g.filter((id) => known.has(id))) };
}

describe('rules against the exact reference implementation', () => {
  it.each(RULES.map((r) => [JSON.stringify(r), r] as const))('%s: same winners in the same order', (_name, rule) => {
    fc.assert(
      fc.property(profileArbitrary(), (profile) => {
        const r = withKnownProjects(rule, profile);
        const expected = reference(profile, r);
        expect(tally(profile, r).winners).toEqual(expected);
        expect(tally(profile, r, EXACT_EVERYWHERE).winners).toEqual(expected);
      }),
      rule.rule === 'equal-shares-add1' ? { numRuns: 100 } : RUNS,
    );
  });
});

describe('budget', () => {
  it('is never exceeded by any rule', () => {
    fc.assert(
      fc.property(profileArbitrary(), fc.constantFrom(...RULES), (profile, rule) => {
        const cp = compileProfile(profile);
        const result = tally(profile, withKnownProjects(rule, profile));
        const cost = result.winners.reduce((s, id) => s + cp.costUnits[cp.ids.indexOf(id)], 0n);
        expect(cost).toBeLessThanOrEqual(cp.budgetUnits);
        expect(new Set(result.winners).size).toBe(result.winners.length);
      }),
      RUNS,
    );
  });
});

describe('Equal Shares outcomes are priceable', () => {
  it.each(['cost', 'approval', 'points'] as const)('utility %s', (utility) => {
    fc.assert(
      fc.property(profileArbitrary(), (profile) => {
        const e = refElection(profile);
        const start = e.budget.divInt(BigInt(e.voters.length));
        const winners = tally(profile, { rule: 'equal-shares', utility }).winners.map((id) => e.ids.indexOf(id));
        // Payments of the engine's outcome, as the reference charges them.
        const { payments } = refMes(e, utility, start);
        expect(ids(e, [...payments.reduce((s, p) => new Set([...s, ...p.keys()]), new Set<number>())].sort())).toEqual(
          ids(e, [...winners].sort()),
        );
        const left = e.voters.map((v, i) => {
          let spent = Rational.ZERO;
          for (const [q, pay] of payments[i]) {
            expect(v.points.has(q)).toBe(true); // only supporters pay
            expect(pay.cmp(Rational.ZERO)).toBeGreaterThanOrEqual(0);
            spent = spent.add(pay);
          }
          expect(spent.lte(start)).toBe(true); // nobody pays more than their share
          return start.sub(spent);
        });
        for (const q of winners) {
          // each funded project is paid in full by its supporters
          const paid = payments.reduce((s, p) => s.add(p.get(q) ?? Rational.ZERO), Rational.ZERO);
          expect(paid.cmp(e.cost[q])).toBe(0);
        }
        e.ids.forEach((_, q) => {
          if (winners.includes(q)) return;
          // no unfunded project is affordable from its supporters' leftovers
          const rest = e.voters.reduce(
            (s, v, i) => (v.points.has(q) && (utility !== 'points' || v.points.get(q)! > 0) ? s.add(left[i]) : s),
            Rational.ZERO,
          );
          expect(rest.lt(e.cost[q])).toBe(true);
        });
      }),
      RUNS,
    );
  });
});

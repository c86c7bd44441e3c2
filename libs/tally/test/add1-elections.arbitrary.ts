import fc from 'fast-check';
import { compileProfile, type CompiledProfile } from '../src/model/compiled-profile';
import { mergeBallots } from '../src/model/merge-ballots';
import type { TallyProfile } from '../src/model/tally-profile';
import { ADD1_STOPS, type Add1Stop, type MesUtility } from '../src/rules/tally-rule';
import { countSupported, isExhaustive, totalCost } from '../src/rules/equal-shares-add1.rule';
import { profileArbitrary } from './profile.arbitrary';

/** Money in small units: costs and budget × 1000, so ADD1 takes hundreds of increments k. */
export function inSmallUnits(p: TallyProfile, factor: number): TallyProfile {
  const scale = (x: string) => String(Math.round(Number(x) * factor));
  return { ...p, budget: scale(p.budget), projects: p.projects.map((q) => ({ ...q, cost: scale(q.cost) })) };
}

/** 8–12 projects of uneven costs, 10–40 ballots, money × 100: projects are often found unaffordable. */
export function crowdedElection(kind: 'approval' | 'cumulative'): fc.Arbitrary<TallyProfile> {
  return fc
    .record({
      costs: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 8, maxLength: 12 }),
      budget: fc.integer({ min: 20, max: 120 }),
      ballots: fc.array(
        fc.record({
          pick: fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { minLength: 1, maxLength: 6 }),
          points: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 12, maxLength: 12 }),
        }),
        { minLength: 20, maxLength: 60 },
      ),
    })
    .map(({ costs, budget, ballots }) => {
      const ids = costs.map((_, i) => `p${i}`);
      const raw = ballots.map((b) => {
        const chosen = b.pick.filter((i) => i < ids.length);
        return {
          projects: chosen.map((i) => ids[i]),
          ...(kind === 'cumulative' ? { points: chosen.map((i) => b.points[i]) } : {}),
        };
      });
      return {
        kind,
        budget: String(budget * 100),
        projects: ids.map((id, i) => ({ id, cost: String(costs[i] * 100) })),
        ballots: mergeBallots(raw, kind),
      };
    });
}

/**
 * Asserts `check` on tracked ADD1 runs: crowded elections at k 0–150 (`crowded`
 * cases) and random profiles in small units at k 0–400 (`small` cases), each
 * with a horizon of 16, 64 or 256 increments and either stop.
 */
export function assertTrackedCases(
  utility: MesUtility,
  runs: { crowded: number; small: number },
  check: (cp: CompiledProfile, k: number, horizon: number, stop: Add1Stop) => void,
): void {
  const horizons = fc.constantFrom(16, 64, 256);
  const stops = fc.constantFrom(...ADD1_STOPS);
  fc.assert(
    fc.property(
      crowdedElection(utility === 'points' ? 'cumulative' : 'approval'),
      fc.integer({ min: 0, max: 150 }),
      horizons,
      stops,
      (profile, k, horizon, stop) => check(compileProfile(profile), k, horizon, stop),
    ),
    { numRuns: runs.crowded },
  );
  fc.assert(
    fc.property(
      profileArbitrary(utility === 'points' ? ['cumulative', 'ordinal'] : undefined),
      fc.constantFrom(100, 1000),
      fc.integer({ min: 0, max: 400 }),
      horizons,
      stops,
      (profile, factor, k, horizon, stop) => check(compileProfile(inSmallUnits(profile, factor)), k, horizon, stop),
    ),
    { numRuns: runs.small },
  );
}

/**
 * What ADD1 asks of every k a range jumps over: the loop goes on past it. The test it fails, if any.
 * A plain check, asserted once per range (jest's matchers, called for each k, cost more than the runs).
 */
export function stopTestFailed(cp: CompiledProfile, winners: number[], stop: Add1Stop): string | null {
  const cost = totalCost(cp, winners);
  if (!(cost <= cp.budgetUnits)) return 'over budget';
  // Some supported project stays out (ADD1 returns the first outcome that funds them all).
  if (!(winners.length < countSupported(cp))) return 'every supported project funded';
  if (stop === 'exhaustive' && isExhaustive(cp, winners, cost)) return 'exhaustive';
  return null;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { compileProfile } from '../model/compiled-profile';
import { mergeBallots } from '../model/merge-ballots';
import type { TallyProfile } from '../model/tally-profile';
import { parsePabulib } from '../pabulib/pabulib.parser';
import { pabulibToProfile } from '../pabulib/pabulib-profile';
import { PABULIB_DATA } from '../../test/pabulib-data';
import { profileArbitrary } from '../../test/profile.arbitrary';
import { crowdedElection, inSmallUnits } from '../../test/add1-elections.arbitrary';
import { SWAP_ELECTION_IDS, swapElection } from '../../test/swap-election';
import { equalSharesAdd1, nextHorizon } from './equal-shares-add1.rule';
import { EqualSharesEngine } from './equal-shares.engine';
import { ADD1_STOPS, type Add1Stop, type MesUtility } from './tally-rule';

/** fast-check's seed for the trade-rounds test (see there). */
const TRADE_SEED = 20261206;

function bothWays(profile: TallyProfile, utility: MesUtility, stop: Add1Stop) {
  const cp = compileProfile(profile);
  const fast = equalSharesAdd1(cp, { utility, stop });
  const naive = equalSharesAdd1(cp, { utility, stop, naive: true });
  return { fast, naive };
}

/** Ranges are checked at up to this many increments past the tracked run. */
const RANGE_CHECKED = 200;

/** The same winners, in the same order unless the order may change. */
function sameRun(there: readonly number[], winners: readonly number[], orderMayChange: boolean): boolean {
  const sorted = (w: readonly number[]) => [...w].sort((x, y) => x - y);
  const [a, b] = orderMayChange ? [sorted(there), sorted(winners)] : [there, winners];
  return a.length === b.length && a.every((q, i) => q === b[i]);
}

/**
 * The runs of k + 1, k + 2, … (below k + until, at most RANGE_CHECKED past k) whose winners are not those of
 * the tracked run at k (the same set, in any order, when `orderMayChange`); `runAt` gives a run's winners.
 * One expect per range rather than per k: jest's toEqual cost most of this file's time, not the runs.
 */
function runsDiffering(
  runAt: (k: number) => number[],
  k: number,
  until: number,
  winners: readonly number[],
  orderMayChange = false,
): { k: number; winners: number[] }[] {
  const differing: { k: number; winners: number[] }[] = [];
  for (let j = 1; j < Math.min(until, RANGE_CHECKED); j++) {
    const there = runAt(k + j);
    if (!sameRun(there, winners, orderMayChange)) differing.push({ k: k + j, winners: there });
  }
  return differing;
}

/** engine.run, each increment run once: the affine range and the enclosure's check the same increments. */
function memoRuns(engine: EqualSharesEngine): (k: number) => number[] {
  const runs = new Map<number, number[]>();
  return (k) => {
    let winners = runs.get(k);
    if (!winners) runs.set(k, (winners = engine.run(k)));
    return winners;
  };
}

describe('ADD1 jumping over increments whose outcome cannot change', () => {
  it.each(['cost', 'approval', 'points'] as const)(
    'utility %s: the same outcome and increment as running every k = 0, 1, 2… (random elections)',
    (utility) => {
      let jumped = 0;
      let couldJump = 0;
      fc.assert(
        fc.property(
          profileArbitrary(utility === 'points' ? ['cumulative', 'ordinal'] : undefined),
          fc.constantFrom(1, 100, 1000, 7919),
          fc.constantFrom(...ADD1_STOPS),
          fc.constantFrom(1e-10, 1),
          (profile, factor, stop, nearTieTolerance) => {
            const small = inSmallUnits(profile, factor);
            const cp = compileProfile(small);
            const fast = equalSharesAdd1(cp, { utility, stop, nearTieTolerance });
            const naive = equalSharesAdd1(cp, { utility, stop, naive: true });
            expect({ winners: fast.winners, increment: fast.increment }).toEqual({
              winners: naive.winners,
              increment: naive.increment,
            });
            // With the float band forced to 1 no range is claimed; with a few runs there is little to jump over.
            if (nearTieTolerance < 1 && naive.runs >= 10) {
              couldJump++;
              if (fast.runs < naive.runs) jumped++;
            }
          },
        ),
        { numRuns: 150 },
      );
      // The property is about jumps: they must happen, wherever there is room for them.
      expect(couldJump).toBeGreaterThan(5);
      expect(jumped).toBeGreaterThanOrEqual(couldJump * 0.8);
    },
  );

  it.each(['cost', 'approval', 'points'] as const)(
    "utility %s: every k within a tracked run's ranges gives its winners, across side changes too (random elections)",
    (utility) => {
      let acrossSides = 0;
      fc.assert(
        fc.property(
          profileArbitrary(utility === 'points' ? ['cumulative', 'ordinal'] : undefined),
          fc.constantFrom(100, 1000, 7919),
          fc.integer({ min: 0, max: 400 }),
          fc.constantFrom(4, 16, 64),
          (profile, factor, k, horizon) => {
            const cp = compileProfile(inSmallUnits(profile, factor));
            const engine = new EqualSharesEngine(cp, { utility });
            const { winners, affine, enclosed, orderMayChange } = engine.runTracked(k, horizon);
            const runAt = memoRuns(engine);
            // Each range on its own: the affine one (no side change, same order) and the enclosure's (across them).
            expect(runsDiffering(runAt, k, affine, winners)).toEqual([]);
            expect(runsDiffering(runAt, k, enclosed, winners, orderMayChange)).toEqual([]);
            if (enclosed > Math.max(1, affine)) acrossSides++;
          },
        ),
        { numRuns: 400 },
      );
      // The enclosures must reach past side changes (tiny elections rarely have them: about one in twenty).
      expect(acrossSides).toBeGreaterThan(3);
    },
  );

  it.each(['cost', 'approval', 'points'] as const)(
    'utility %s: projects found unaffordable stay out over the ranges their refined bound gives (random larger elections)',
    (utility) => {
      // More projects than voters can fund, on budgets in small units: many are found unaffordable mid-run and
      // their refined bound (not only their floor or their money) often sets how long the range is.
      let refined = 0;
      fc.assert(
        fc.property(
          crowdedElection(utility === 'points' ? 'cumulative' : 'approval'),
          fc.integer({ min: 0, max: 150 }),
          fc.constantFrom(16, 64),
          (profile, k, horizon) => {
            const cp = compileProfile(profile);
            const engine = new EqualSharesEngine(cp, { utility });
            const before = engine.stats.goneRefined;
            const { winners, enclosed, orderMayChange } = engine.runTracked(k, horizon);
            if (engine.stats.goneRefined > before && enclosed > 1) refined++;
            expect(runsDiffering((x) => engine.run(x), k, enclosed, winners, orderMayChange)).toEqual([]);
          },
        ),
        { numRuns: 800 },
      );
      // The bound must be exercised: a range it lengthens wrongly then shows up as a different outcome.
      expect(refined).toBeGreaterThan(20);
    },
  );

  it('winners without a common supporter may swap rounds within a range: same set, and ADD1 still returns the order of k', () => {
    // Two halves of the electorate that never vote for the same project: their winners interleave, and swap.
    const halves = fc
      .record({
        costs: fc.array(fc.constantFrom(1, 2, 3, 0.5, 1.5, 2.25, 0.1, 0.3, 4), { minLength: 6, maxLength: 6 }),
        budget: fc.constantFrom(1, 2, 3, 4.5, 6, 10),
        ballots: fc.array(fc.record({ half: fc.constantFrom(0, 3), pick: fc.subarray([0, 1, 2], { minLength: 1 }) }), {
          minLength: 2,
          maxLength: 10,
        }),
      })
      .map(({ costs, budget, ballots }) => {
        const ids = ['1', '10', '2', '9', 'a', 'B'];
        const raw = ballots.map((b) => ({ projects: b.pick.map((i) => ids[i + b.half]) }));
        const money = (x: number) => String(Math.round(x * 1000));
        return {
          kind: 'approval' as const,
          budget: money(budget),
          projects: ids.map((id, i) => ({ id, cost: money(costs[i]) })),
          ballots: mergeBallots(raw, 'approval'),
        };
      });
    fc.assert(
      fc.property(halves, fc.integer({ min: 0, max: 400 }), fc.constantFrom(...ADD1_STOPS), (profile, k, stop) => {
        const cp = compileProfile(profile);
        const engine = new EqualSharesEngine(cp, { utility: 'approval' });
        const { winners, enclosed, orderMayChange } = engine.runTracked(k, 64);
        expect(runsDiffering((x) => engine.run(x), k, enclosed, winners, orderMayChange)).toEqual([]);
        const fast = equalSharesAdd1(cp, { utility: 'approval', stop });
        const naive = equalSharesAdd1(cp, { utility: 'approval', stop, naive: true });
        expect({ winners: fast.winners, increment: fast.increment }).toEqual({
          winners: naive.winners,
          increment: naive.increment,
        });
      }),
      { numRuns: 150 },
    );
  });

  it.each(['cost', 'approval'] as const)(
    'utility %s: winners that trade rounds as k grows: every k within the ranges of tracked runs shortly before the trade gives their winners (random elections)',
    (utility) => {
      // 7 projects, 15–50 ballots of 1–4 of them, money × 100: two winners often trade rounds (same set, another
      // order) at some k ≤ 150, most of them sharing supporters; the ranges of the runs just before such a trade
      // end at it or reach across it (winners without a common supporter).
      let swaps = 0;
      let spanned = 0;
      fc.assert(
        fc.property(sharedElection(), fc.constantFrom(16, 64), (profile, horizon) => {
          const cp = compileProfile(profile);
          const engine = new EqualSharesEngine(cp, { utility });
          const runs: number[][] = [];
          for (let k = 0; k <= 150; k++) runs.push(engine.run(k));
          const set = (w: number[]) => [...w].sort((x, y) => x - y).join();
          for (let k = 1; k <= 150; k++) {
            if (set(runs[k]) !== set(runs[k - 1]) || runs[k].join() === runs[k - 1].join()) continue;
            swaps++;
            for (const back of [1, 2, 3, 5, 8]) {
              const from = k - back;
              if (from < 0) continue;
              const { winners, enclosed, orderMayChange } = engine.runTracked(from, horizon);
              expect(winners).toEqual(runs[from]);
              if (enclosed > back) spanned++;
              const runAt = (x: number) => (x <= 150 ? runs[x] : engine.run(x));
              expect(runsDiffering(runAt, from, enclosed, winners, orderMayChange)).toEqual([]);
            }
          }
        }),
        // Approval utilities swap less often (ρ = cost / Σ w until someone pays all). A fixed seed: the counts below
        // are a property of the elections drawn, and an unlucky draw (3 ranges across a trade once, 14–33 usually)
        // would fail the test without any range being wrong.
        { numRuns: utility === 'approval' ? 1000 : 500, seed: TRADE_SEED },
      );
      // Trades must come up, and ranges must reach across them: a range stretched past what its proof gives
      // shows up as other winners within it (checked: stretching the enclosure's ranges by 1.5 or 3 fails both).
      expect(swaps).toBeGreaterThan(10);
      expect(spanned).toBeGreaterThan(5);
    },
  );

  it('works a swap by hand: 2 and a share no voter, and trade rounds at k = 10, within the range of k = 4', () => {
    const ids = SWAP_ELECTION_IDS;
    const profile = swapElection();
    const engine = new EqualSharesEngine(compileProfile(profile), { utility: 'approval' });
    const tracked = engine.runTracked(4, 64);
    expect(tracked).toMatchObject({ orderMayChange: true });
    expect(tracked.enclosed).toBeGreaterThan(Math.max(tracked.affine, 6));
    expect(engine.stats.forgivenSwaps).toBeGreaterThan(0);
    const named = (k: number) => engine.run(k).map((q) => ids[q]);
    expect(named(4)).toEqual(['10', '9', 'B', '2', 'a']);
    expect(named(9)).toEqual(['10', '9', 'B', '2', 'a']);
    expect(named(10)).toEqual(['10', '9', 'B', 'a', '2']);
    for (const stop of ADD1_STOPS) {
      const { fast, naive } = bothWays(profile, 'approval', stop);
      expect({ winners: fast.winners, increment: fast.increment }).toEqual({
        winners: naive.winners,
        increment: naive.increment,
      });
    }
  });

  it('runs k − 1 again when its winners may have swapped rounds since the last run: the order returned is that of k − 1', () => {
    const ids = ['1', '10', '2', '9', 'a', 'B'];
    const costs = ['1000', '300', '300', '2250', '1000', '2000'];
    const votes = [
      ['a', 'B'],
      ['9', 'a', 'B'],
      ['1', '10'],
      ['1', '10', '2'],
      ['9', 'a', 'B'],
      ['9', 'B'],
      ['B'],
      ['9', 'a', 'B'],
      ['1'],
      ['B'],
    ];
    const profile: TallyProfile = {
      kind: 'approval',
      budget: '4500',
      projects: ids.map((id, i) => ({ id, cost: costs[i] })),
      ballots: mergeBallots(
        votes.map((projects) => ({ projects })),
        'approval',
      ),
    };
    const { fast, naive } = bothWays(profile, 'approval', 'over-budget');
    // The last run before overspending saw 10, a, 2, B; at k = 83, B comes before 2.
    expect(naive).toMatchObject({ increment: 83 });
    expect(fast.winners.map((q) => ids[q])).toEqual(['10', 'a', 'B', '2']);
    expect({ winners: fast.winners, increment: fast.increment }).toEqual({ winners: naive.winners, increment: 83 });
    expect(fast.runs).toBeLessThan(naive.runs / 4);
  });

  it('lengthens the horizon 3 times after a run that reached it, shortens it by a third (whole increments, not below 16) otherwise', () => {
    expect(nextHorizon(16, 16)).toBe(48);
    expect(nextHorizon(48, 60)).toBe(144);
    expect(nextHorizon(144, 100)).toBe(96);
    expect(nextHorizon(48, 3)).toBe(32);
    expect(nextHorizon(32, 0)).toBe(21);
    expect(nextHorizon(21, 20.5)).toBe(16);
    expect(nextHorizon(16, 0)).toBe(16);
  });

  it.each(['cost', 'approval'] as const)(
    'Bródno, utility %s: an engine gives the same winners on its first run (its class arrays grow) as on later ones',
    (utility) => {
      const file = readFileSync(join(PABULIB_DATA, 'Poland_Warszawa_2019_Brodno.pb'), 'utf8');
      const engine = new EqualSharesEngine(compileProfile(pabulibToProfile(parsePabulib(file))), { utility });
      const first = engine.run(0);
      expect(engine.run(3)).not.toEqual([]);
      expect(engine.run(0)).toEqual(first);
    },
  );

  it.each([
    ['Poland_Wieliczka_2023_Green_Budget.pb', 'cost'],
    ['Poland_Wieliczka_2023_Green_Budget.pb', 'approval'],
    ['Poland_Warszawa_2019_Brodno.pb', 'cost'],
    ['Poland_Warszawa_2019_Brodno.pb', 'approval'],
    ['Poland_Czestochowa_2020_Rakow.pb', 'points'],
    ['Poland_Krakow_2018_Bronowice.pb', 'points'],
    ['Poland_Warszawa_2018_Grochow_Kinowa.pb', 'cost'],
    ['Poland_Zabrze_2021_Konczyce.pb', 'cost'],
    ['Poland_Warszawa_2019_Marysin_Wawerski_Poludniowy.pb', 'cost'],
    ['Poland_Warszawa_2019_Marysin_Wawerski_Poludniowy.pb', 'approval'],
    ['US_Stanford_Dataset_Your_Voice_Your_Choice_Parks_and_Streets-_Seattle_2019_District_3_vote_knapsacks.pb', 'cost'],
  ] as const)('%s, utility %s: the same outcome as the naive loop, in fewer runs', (file, utility) => {
    const profile = pabulibToProfile(parsePabulib(readFileSync(join(PABULIB_DATA, file), 'utf8')));
    for (const stop of ADD1_STOPS) {
      const { fast, naive } = bothWays(profile, utility, stop);
      expect({ winners: fast.winners, increment: fast.increment }).toEqual({
        winners: naive.winners,
        increment: naive.increment,
      });
      expect(fast.runs).toBeLessThanOrEqual(naive.runs);
    }
  });
});

/** 7 projects of costs 10–60, budget 40–200, 15–50 approval ballots of 1–4 projects, money × 100. */
function sharedElection(): fc.Arbitrary<TallyProfile> {
  return fc
    .record({
      costs: fc.array(fc.integer({ min: 10, max: 60 }), { minLength: 7, maxLength: 7 }),
      budget: fc.integer({ min: 40, max: 200 }),
      ballots: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 4 }), {
        minLength: 15,
        maxLength: 50,
      }),
    })
    .map(({ costs, budget, ballots }) => {
      const ids = costs.map((_, i) => `p${i}`);
      const raw = ballots.map((b) => ({ projects: b.map((i) => ids[i]) }));
      return {
        kind: 'approval' as const,
        budget: String(budget * 100),
        projects: ids.map((id, i) => ({ id, cost: String(costs[i] * 100) })),
        ballots: mergeBallots(raw, 'approval'),
      };
    });
}

import { compileProfile, type CompiledProfile } from '../model/compiled-profile';
import { assertTrackedCases } from '../../test/add1-elections.arbitrary';
import { SWAP_ELECTION_IDS, swapElection } from '../../test/swap-election';
import { knownRounds } from './equal-shares-add1.rule';
import { EqualSharesEngine } from './equal-shares.engine';
import type { Add1Stop, MesUtility } from './tally-rule';

/** How far past a tracked run's increment each k is checked (the runs are full MES runs). */
const REACH = 60;

describe('ADD1 known rounds: a run funds the first rounds an earlier run proved for its increment without contest', () => {
  it.each(['cost', 'approval', 'points'] as const)(
    'utility %s: every claimed prefix holds, and runs that know it give the full run’s outcome and valid ranges (random elections)',
    (utility: MesUtility) => {
      // Runs that took known rounds, and prefixes claimed shorter than the whole run: the test must see both.
      let knownRuns = 0;
      let cutPrefixes = 0;
      const check = (cp: CompiledProfile, k: number, horizon: number, stop: Add1Stop) => {
        const engine = new EqualSharesEngine(cp, { utility });
        const { winners, roundUntil } = engine.runTracked(k, horizon, stop);
        const proof = { increment: k, winners, roundUntil };
        if (roundUntil.some((until) => until < roundUntil[0])) cutPrefixes++;
        for (let j = 1; j < Math.min(REACH, roundUntil[0] ?? 0); j++) {
          const there = engine.run(k + j);
          // Rounds 1 … r fund the same projects in the same order for every j < roundUntil[r − 1].
          const held = roundUntil.filter((until) => j < until).length;
          expect(there.slice(0, held)).toEqual(winners.slice(0, held));
          const plain = knownRounds(proof, k + j, 0);
          if (plain === null) continue;
          knownRuns++;
          expect(engine.run(k + j, plain)).toEqual(there);
          const known = knownRounds(proof, k + j, horizon);
          if (known !== null && j % 4 === 1) expectRangeHolds(engine, k + j, horizon, stop, known, there);
        }
      };
      assertTrackedCases(utility, { crowded: 40, small: 25 }, check);
      expect(knownRuns).toBeGreaterThan(1000);
      expect(cutPrefixes).toBeGreaterThan(20);
    },
  );

  it('claims the rounds of a forgiven swap in their order only up to the swap: 2 and a trade rounds 4 and 5 at k = 10', () => {
    const engine = new EqualSharesEngine(compileProfile(swapElection()), { utility: 'approval' });
    const { winners, roundUntil, stableUntil } = engine.runTracked(4, 64);
    const named = (k: number) => engine.run(k).map((q) => SWAP_ELECTION_IDS[q]);
    expect(winners.map((q) => SWAP_ELECTION_IDS[q])).toEqual(['10', '9', 'B', '2', 'a']);
    expect(named(10)).toEqual(['10', '9', 'B', 'a', '2']);
    // The whole run's set holds past the swap; rounds 1 … 3 hold as far; rounds 1 … 4 and more, in order, not to k = 10.
    expect(stableUntil).toBeGreaterThan(6);
    expect(roundUntil[2]).toBeGreaterThan(6);
    expect(Math.max(...roundUntil.slice(3))).toBeLessThanOrEqual(6);
    const proof = { increment: 4, winners, roundUntil };
    expect(knownRounds(proof, 10, 0)?.winners).toEqual(winners.slice(0, 3));
  });
});

/** A tracked run that knows its first rounds: the full run's outcome, and the same set of winners over its range. */
function expectRangeHolds(
  engine: EqualSharesEngine,
  k: number,
  horizon: number,
  stop: Add1Stop,
  known: NonNullable<ReturnType<typeof knownRounds>>,
  expected: number[],
) {
  const { winners, stableUntil } = engine.runTracked(k, horizon, stop, known);
  expect(winners).toEqual(expected);
  expect(stableUntil).toBeLessThanOrEqual(known.until);
  const set = [...winners].sort((a, b) => a - b);
  for (let j = 1; j < Math.min(stableUntil, 40); j += 3) {
    expect(engine.run(k + j).sort((a, b) => a - b)).toEqual(set);
  }
}

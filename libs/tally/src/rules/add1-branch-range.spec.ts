import type { CompiledProfile } from '../model/compiled-profile';
import { assertTrackedCases, stopTestFailed } from '../../test/add1-elections.arbitrary';
import { branchRange, countSupported } from './equal-shares-add1.rule';
import { EqualSharesEngine } from './equal-shares.engine';
import type { Add1Stop, MesUtility } from './tally-rule';

const setOf = (winners: readonly number[]): string => [...winners].sort((a, b) => a - b).join(',');

describe('ADD1 branch ranges: past a rival that may overtake a winner, the outcome is one of the two runs’', () => {
  it.each(['cost', 'approval', 'points'] as const)(
    'utility %s: every k within a branch range passes the stop test, with the set of the tracked run or of the run funding the rival at that round within their ranges (random elections)',
    (utility: MesUtility) => {
      // k past the tracked run's own range: only the branch proof vouches for them.
      let beyondOwnRange = 0;
      const check = (cp: CompiledProfile, k: number, horizon: number, stop: Add1Stop) => {
        const engine = new EqualSharesEngine(cp, { utility });
        const run = engine.runTracked(k, horizon, stop, null, true);
        // ADD1 stops at an outcome that fails the stop test: it asks for no range there.
        if (!run.branch || stopTestFailed(cp, run.winners, stop) !== null) return;
        const other = branchRange(
          engine,
          cp,
          k,
          horizon,
          stop,
          countSupported(cp),
          run.winners,
          run.branch,
          run.roundUntil,
        );
        const sets = [setOf(run.winners), setOf(other.winners)];
        const wrong: { k: number; winners: number[] }[] = [];
        for (let j = 0; j < Math.min(other.range, 300); j++) {
          const there = engine.run(k + j);
          // The rounds before the branch's are proven in order: its round's winner tells which run's proof holds
          // at k + j. The tracked run's: its set (disjoint winners may swap rounds); the rival's: its set within its
          // same-outcome range, beyond it only the stop test (its cost range).
          const rivalsWorld = there[run.branch.round] === run.branch.rival;
          const expected = rivalsWorld ? (j < other.stableUntil ? sets[1] : null) : sets[0];
          if ((expected !== null && setOf(there) !== expected) || stopTestFailed(cp, there, stop) !== null)
            wrong.push({ k: k + j, winners: there });
          if (j >= run.stableUntil) beyondOwnRange++;
        }
        expect({ sets, wrong }).toEqual({ sets, wrong: [] });
      };
      assertTrackedCases(utility, { crowded: 500, small: 300 }, check);
      // Branch ranges must reach past the tracked runs' own, or a wrong one could not show here.
      expect(beyondOwnRange).toBeGreaterThan(30);
    },
  );
});

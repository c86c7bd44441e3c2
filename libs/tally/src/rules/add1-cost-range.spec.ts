import type { CompiledProfile } from '../model/compiled-profile';
import { assertTrackedCases, stopTestFailed } from '../../test/add1-elections.arbitrary';
import { EqualSharesEngine } from './equal-shares.engine';
import type { Add1Stop, MesUtility } from './tally-rule';

describe('ADD1 cost ranges: a proven prefix of rounds and every project that may follow it fit the budget', () => {
  it.each(['cost', 'approval', 'points'] as const)(
    'utility %s: every k within a tracked run’s cost range passes the stop test, whatever its outcome (random elections)',
    (utility: MesUtility) => {
      // Where the range covers k whose outcome differs from the tracked run's: only the cost bound vouches for them.
      let beyondSameOutcome = 0;
      const check = (cp: CompiledProfile, k: number, horizon: number, stop: Add1Stop) => {
        const engine = new EqualSharesEngine(cp, { utility });
        const { winners, stableUntil, costUntil } = engine.runTracked(k, horizon, stop);
        if (costUntil === 0) return;
        const failed: { k: number; winners: number[]; failed: string }[] = [];
        for (let j = 0; j < Math.min(costUntil, 300); j++) {
          const there = j === 0 ? winners : engine.run(k + j);
          const failure = stopTestFailed(cp, there, stop);
          if (failure) failed.push({ k: k + j, winners: there, failed: failure });
          if (j >= stableUntil && there.join() !== winners.join()) beyondSameOutcome++;
        }
        expect(failed).toEqual([]);
      };
      assertTrackedCases(utility, { crowded: 500, small: 300 }, check);
      // The bound must carry ranges past outcome changes, or a wrong bound could not show here.
      expect(beyondSameOutcome).toBeGreaterThan(20);
    },
  );
});

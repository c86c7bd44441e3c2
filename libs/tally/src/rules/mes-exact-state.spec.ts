import fc from 'fast-check';
import { Rational } from '../arithmetic/rational';
import { compileProfile } from '../model/compiled-profile';
import { profileArbitrary } from '../../test/profile.arbitrary';
import { refElection, refRho } from '../../test/reference-rules';
import { MesExactState } from './mes-exact-state';
import type { MesUtility } from './tally-rule';

/**
 * The class-level state (budgets as non-normalised fractions) against the
 * per-voter reference, round by round: every project's ρ (or unaffordable),
 * the winner funded being the reference's least ρ, ties by id.
 */
describe('MesExactState (exact MES by budget classes)', () => {
  it.each<MesUtility>(['cost', 'approval', 'points'])('gives the reference ρ at every round (%s)', (utility) => {
    fc.assert(
      fc.property(profileArbitrary(), fc.integer({ min: 0, max: 3 }), (profile, k) => {
        const cp = compileProfile(profile);
        const e = refElection(profile);
        const n = BigInt(e.voters.length);
        const start = e.budget.divInt(n).add(Rational.of(BigInt(k) * e.unit));
        const exact = new MesExactState(cp, utility, start);
        const budgets = e.voters.map(() => start);
        const funded = new Set<number>();
        for (;;) {
          let best: { q: number; rho: Rational } | null = null;
          for (let q = 0; q < cp.m; q++) {
            if (funded.has(q)) continue;
            const expected = refRho(e, budgets, q, utility);
            const rho = exact.rho(q);
            expect(exact.affordable(q)).toBe(expected !== null);
            expect(rho === null ? null : rho.toString()).toBe(expected === null ? null : expected.toString());
            const better =
              best === null ||
              (rho !== null && (rho.lt(best.rho) || (rho.cmp(best.rho) === 0 && cp.idRank[q] < cp.idRank[best.q])));
            if (rho !== null && better) best = { q, rho };
          }
          if (best === null) return;
          exact.fund(best.q);
          funded.add(best.q);
          e.voters.forEach((v, i) => {
            if (!v.points.has(best.q)) return;
            const u =
              utility === 'cost'
                ? e.cost[best.q]
                : utility === 'approval'
                  ? Rational.ONE
                  : Rational.of(BigInt(v.points.get(best.q)!));
            budgets[i] = budgets[i].sub(budgets[i].min(best.rho.mul(u)));
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { waterLevel } from './water-level';

interface Group {
  v: number;
  w: number;
  u: number;
}

/** Σ w·min(v, ρ·u). */
const paid = (groups: Group[], rho: number) => groups.reduce((s, g) => s + g.w * Math.min(g.v, rho * g.u), 0);

/** The smallest ρ with paid(ρ) ≥ cost by bisection on the piecewise-linear, nondecreasing paid(ρ). */
function bisect(groups: Group[], cost: number): number {
  if (groups.reduce((s, g) => s + g.w * g.v, 0) < cost) return Infinity;
  let [lo, hi] = [0, 1];
  while (paid(groups, hi) < cost) hi *= 2;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (paid(groups, mid) >= cost) hi = mid;
    else lo = mid;
  }
  return hi;
}

function level(groups: Group[], cost: number, maxPasses?: number) {
  const n = groups.length;
  const order = new Int32Array(n);
  const out = { paidAll: -1 };
  const rho = waterLevel(
    cost,
    n,
    Float64Array.from(groups, (g) => g.v),
    Float64Array.from(groups, (g) => g.w),
    Float64Array.from(groups, (g) => g.u),
    order,
    out,
    maxPasses,
  );
  return { rho, payAll: Array.from(order.subarray(0, out.paidAll)) };
}

const groupArb = fc.record({
  v: fc.oneof(fc.integer({ min: -5, max: 60 }), fc.double({ min: -5, max: 60, noNaN: true })),
  w: fc.integer({ min: 1, max: 9 }),
  u: fc.integer({ min: 1, max: 7 }),
});

describe('waterLevel (ρ of a project without sorting its supporters)', () => {
  it('is the smallest ρ at which the groups pay the cost, by passes or by sort, with the payers of all first', () => {
    fc.assert(
      fc.property(
        fc.array(groupArb, { minLength: 1, maxLength: 14 }),
        fc.double({ min: 0.5, max: 400, noNaN: true }),
        (groups, cost) => {
          const expected = bisect(groups, cost);
          for (const maxPasses of [undefined, 0, 1]) {
            const { rho, payAll } = level(groups, cost, maxPasses);
            if (expected === Infinity) {
              expect(rho).toBe(Infinity);
              continue;
            }
            expect(Math.abs(rho - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
            // Whoever pays all holds at most ρ·u; everyone else at least ρ·u (up to float error).
            payAll.forEach((i) => expect(groups[i].v).toBeLessThanOrEqual(rho * groups[i].u * (1 + 1e-9) + 1e-9));
            groups.forEach((g, i) => {
              if (!payAll.includes(i)) expect(g.v).toBeGreaterThanOrEqual(rho * g.u * (1 - 1e-9) - 1e-9);
            });
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('works a small case by hand: the poorest pay all, the others share the rest', () => {
    // Cost 10: at ρ = 10/4 = 2.5 the group holding 1 pays all; then (10 − 1) / 3 = 3, and 2 < 3 pays all too;
    // then (10 − 3) / 2 = 3.5 ≤ 5 and 8: ρ = 3.5.
    const { rho, payAll } = level(
      [
        { v: 1, w: 1, u: 1 },
        { v: 2, w: 1, u: 1 },
        { v: 5, w: 1, u: 1 },
        { v: 8, w: 1, u: 1 },
      ],
      10,
    );
    expect(rho).toBe(3.5);
    expect(payAll.sort()).toEqual([0, 1]);
    expect(level([{ v: 3, w: 2, u: 1 }], 7).rho).toBe(Infinity);
  });
});

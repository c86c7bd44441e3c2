import fc from 'fast-check';
import { clipped, concaveEnd, firstReach } from './clipped-affine';

interface Hinge {
  a: number;
  b: number;
  w: number;
}

// Money and slopes in hundredths, as budgets are (no denormals).
const hundredths = (max: number) => fc.integer({ min: -100 * max, max: 100 * max }).map((x) => x / 100);
const hingeArb = fc.record({ a: hundredths(20), b: hundredths(3), w: fc.integer({ min: 1, max: 5 }) });

function arrays(hinges: Hinge[]) {
  const n = hinges.length;
  return {
    a: Float64Array.from(hinges, (h) => h.a),
    b: Float64Array.from(hinges, (h) => h.b),
    w: Float64Array.from(hinges, (h) => h.w),
    members: Int32Array.from(hinges, (_, i) => i),
    scratch: { kinkAt: new Float64Array(n), kinkDrop: new Float64Array(n), kinkOrder: new Int32Array(n) },
  };
}

const hingeSum = (hinges: Hinge[], x: number) => hinges.reduce((s, h) => s + h.w * clipped(h.a, h.b, x), 0);

/**
 * The points of [from, to] (to excluded unless `withEnd`), in `steps` equal steps, where `holds` is false, with
 * what g gives there. One expect per generated case rather than per point: jest's matchers cost more than g.
 */
function pointsFailing(
  g: (x: number) => number,
  holds: (y: number) => boolean,
  from: number,
  to: number,
  steps: number,
  withEnd: boolean,
): { x: number; y: number }[] {
  const failing: { x: number; y: number }[] = [];
  for (let i = 0; i < (withEnd ? steps + 1 : steps); i++) {
    const x = from + ((to - from) * i) / steps;
    const y = g(x);
    if (!holds(y)) failing.push({ x, y });
  }
  return failing;
}

describe('clipped affine bounds (ADD1 ranges across side changes)', () => {
  it('clipped is max(0, a + b·x)', () => {
    expect(clipped(2, -1, 1)).toBe(1);
    expect(clipped(2, -1, 3)).toBe(0);
    expect(clipped(-2, 1, 5)).toBe(3);
  });

  it('concaveEnd: a line minus hinges stays above err up to the end it gives, and reaches err there', () => {
    fc.assert(
      fc.property(
        fc.array(hingeArb, { maxLength: 8 }),
        hundredths(80),
        hundredths(4),
        fc.integer({ min: 0, max: 500 }).map((x) => x / 100),
        fc.integer({ min: 100, max: 4000 }).map((x) => x / 100),
        (hinges, c0, c1, from, span) => {
          const f = (x: number) => c0 + c1 * x - hingeSum(hinges, x);
          const err = 1e-6;
          fc.pre(f(from) > err + 1e-6);
          const { a, b, w, members, scratch } = arrays(hinges);
          const until = from + span;
          const end = concaveEnd(c0, c1, err, from, until, members, hinges.length, a, b, w, scratch);
          expect(end).toBeGreaterThan(from);
          expect(end).toBeLessThanOrEqual(until);
          expect(pointsFailing(f, (y) => y > err - 1e-7, from, end, 200, true)).toEqual([]);
          if (end < until) expect(Math.abs(f(end) - err)).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('firstReach: money made of hinges stays under the target before the point it gives, and reaches it there', () => {
    fc.assert(
      fc.property(
        fc.array(hingeArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 100, max: 20000 }).map((x) => x / 100),
        (hinges, target) => {
          const { a, b, w, members, scratch } = arrays(hinges);
          const margin = 1e-9;
          const reach = firstReach(target, hinges.length, a, b, w, margin, members, scratch);
          if (hingeSum(hinges, 0) >= target * (1 - 1e-6)) return; // already there (or within error): no range claimed
          expect(reach).toBeGreaterThan(0);
          const last = Number.isFinite(reach) ? reach : 1e4;
          expect(
            pointsFailing(
              (x) => hingeSum(hinges, x),
              (y) => y < target,
              0,
              last,
              200,
              false,
            ),
          ).toEqual([]);
          if (Number.isFinite(reach))
            expect(hingeSum(hinges, reach * (1 + 1e-6) + 1e-9)).toBeGreaterThan(target * (1 - 1e-6));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('works a case by hand: 10 − x minus a hinge growing from x = 2 stays above 1 until x = 13/3', () => {
    // f(x) = 10 − x − 2·max(0, x − 2): f = 10 − x up to 2, then 14 − 3x, which is 1 at x = 13/3.
    const { a, b, w, members, scratch } = arrays([{ a: -2, b: 1, w: 2 }]);
    expect(concaveEnd(10, -1, 1, 0, 100, members, 1, a, b, w, scratch)).toBeCloseTo(13 / 3, 12);
    // Money 3·max(0, x − 1) reaches 6 at x = 3.
    const m = arrays([{ a: -1, b: 1, w: 3 }]);
    expect(firstReach(6, 1, m.a, m.b, m.w, 1e-9, m.members, m.scratch)).toBeCloseTo(3, 6);
  });
});

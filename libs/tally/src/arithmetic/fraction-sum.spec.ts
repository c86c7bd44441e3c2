import fc from 'fast-check';
import { FractionSum } from './fraction-sum';
import { Rational } from './rational';

// Denominators from a few shared factors, as budgets that paid the same rounds share theirs.
const fractionArb = fc.record({
  n: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
  d: fc.oneof(fc.constantFrom(1n, 6n, 12n, 35n, 7n * 10n ** 20n, 2n ** 70n), fc.bigInt({ min: 1n, max: 10n ** 25n })),
});

describe('FractionSum (Σ of non-normalised fractions over the lcm of their denominators)', () => {
  it('equals the sum of the same fractions as normalised rationals', () => {
    fc.assert(
      fc.property(fc.array(fractionArb, { maxLength: 12 }), (terms) => {
        const sum = new FractionSum();
        let expected = Rational.ZERO;
        for (const { n, d } of terms) {
          sum.add(n, d);
          expected = expected.add(Rational.of(n, d));
        }
        expect(sum.den > 0n).toBe(true);
        expect(Rational.of(sum.num, sum.den).cmp(expected)).toBe(0);
        // Over the lcm: never larger than the product of the denominators.
        expect(sum.den <= terms.reduce((p, t) => p * t.d, 1n)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps one denominator while every term shares it', () => {
    const sum = new FractionSum();
    sum.add(1n, 6n);
    sum.add(5n, 6n);
    sum.add(1n, 3n);
    expect([sum.num, sum.den]).toEqual([8n, 6n]);
  });
});

import fc from 'fast-check';
import { ratioFloat } from './ratio-float';

const bits = (n: bigint) => n.toString(2).length;

/** |x / (num/den) − 1|, the quotient taken exactly to about 80 bits. */
function relativeError(x: number, num: bigint, den: bigint): number {
  const shift = Math.max(0, 80 + bits(den) - bits(num));
  const quotient = (num << BigInt(shift)) / den;
  const top = bits(quotient) - 60;
  const exact = Number(quotient >> BigInt(top)) * 2 ** (top - shift);
  return Math.abs(x / exact - 1);
}

describe('ratioFloat', () => {
  it('is the float quotient when both fit a float', () => {
    expect(ratioFloat(1n, 3n)).toBe(1 / 3);
    expect(ratioFloat(163_398_000n, 28_943n)).toBe(163_398_000 / 28_943);
  });

  it('stays within a few units in the last place for numbers past the float range', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 2n ** 64n }),
        fc.bigInt({ min: 1n, max: 2n ** 64n }),
        fc.integer({ min: 1000, max: 1600 }),
        fc.integer({ min: -40, max: 40 }),
        (a, b, bits, skew) => {
          const num = a << BigInt(bits);
          const den = b << BigInt(bits + skew);
          const x = ratioFloat(num, den);
          expect(Number.isFinite(x)).toBe(true);
          expect(relativeError(x, num, den)).toBeLessThan(1e-15);
        },
      ),
    );
  });

  it('keeps the scale of a quotient far from 1', () => {
    const den = 3n << 1100n;
    expect(ratioFloat(den * 1000n, den)).toBeCloseTo(1000, 10);
    expect(ratioFloat(den, den * 1000n)).toBeCloseTo(0.001, 15);
  });
});

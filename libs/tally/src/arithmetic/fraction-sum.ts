import { gcd } from './rational';

/**
 * Σ nᵢ/dᵢ of non-normalised fractions (dᵢ > 0), kept over the least common
 * multiple of the denominators met so far: one division per new term whose
 * denominator divides that multiple (the usual case: money that paid the same
 * rounds shares its denominator), one gcd per other. Adding rationals one by
 * one would normalise (a gcd of large numbers) at every term.
 */
export class FractionSum {
  /** The sum is num / den (not normalised). */
  num = 0n;
  den = 1n;

  add(n: bigint, d: bigint): void {
    if (d === this.den) {
      this.num += n;
      return;
    }
    if (this.den % d === 0n) {
      this.num += n * (this.den / d);
      return;
    }
    const g = gcd(this.den, d);
    const scale = d / g;
    this.num = this.num * scale + n * (this.den / g);
    this.den *= scale;
  }
}

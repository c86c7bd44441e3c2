/**
 * num / den as a float (den > 0), within a few units in the last place:
 * Number() of each rounds to nearest, and operands past the float range are
 * first cut to their top 64 bits, the scale put back by a power of two.
 * Exact code uses it to skip comparisons whose float values are far apart.
 */
export function ratioFloat(num: bigint, den: bigint): number {
  const x = Number(num);
  const y = Number(den);
  if (Number.isFinite(x) && Number.isFinite(y)) return x / y;
  const sx = Math.max(0, bitLength(num) - 64);
  const sy = Math.max(0, bitLength(den) - 64);
  return (Number(num >> BigInt(sx)) / Number(den >> BigInt(sy))) * 2 ** (sx - sy);
}

/** Bits of |n|: 0 for 0. Only reached for numbers past the float range, so the string costs little in all. */
function bitLength(n: bigint): number {
  return (n < 0n ? -n : n).toString(16).length * 4;
}

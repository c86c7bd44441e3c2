// Ranges of an affine quantity over Δs ≥ 0, with float errors taken against the range (ADD1, libs/tally/README.md).

/**
 * How far Δs ≥ 0 can go with value + slope·Δs staying ≥ 0, errors taken
 * against us: 0 if it is negative now, Infinity if it never falls.
 */
export function crossing(value: number, slope: number, valueErr: number, slopeErr: number): number {
  if (value < 0) return 0; // already on the wrong side (e.g. a lower bound under the winner's ρ): no range
  const fall = -slope + slopeErr;
  if (fall <= 0) return Infinity;
  return Math.max(0, value - valueErr) / fall;
}

/**
 * `crossing` for the gap between a rival's (bound on) ρ and the winner's: a
 * gap within its error may be a tie the rival wins, so it gives no range.
 */
export function apart(gap: number, slope: number, gapErr: number, slopeErr: number): number {
  return gap <= gapErr ? 0 : crossing(gap, slope, gapErr, slopeErr);
}

/**
 * `apart` for a rival the engine has just compared with the winner: w beat q
 * at s₀ for sure (floats with a clear gap, or exactly, ties going to w), so a
 * gap within float error is ≥ 0 in fact, and keeps so while q's line rises
 * faster than w's ρ.
 */
export function beatenAtStart(gap: number, slope: number, gapErr: number, slopeErr: number): number {
  if (gap > gapErr) return crossing(gap, slope, gapErr, slopeErr);
  return slope > slopeErr ? Infinity : 0;
}

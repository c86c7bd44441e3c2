import type { CompiledProfile } from '../model/compiled-profile';

/**
 * Relative gap under which float results are re-decided exactly. Float error
 * in a sum or a subtraction of sums grows with the number of voters and budget
 * groups involved: about eps·n·groups in the worst cancellation, eps ≈ 1.1e-16.
 * 1e-15·n·(groups) keeps a margin of ~9 on that bound, and never goes below
 * 1e-10 (still a million ulps).
 */
export function defaultTolerance(cp: CompiledProfile): number {
  return Math.max(1e-10, 1e-15 * cp.totalWeight * (cp.d + cp.m));
}

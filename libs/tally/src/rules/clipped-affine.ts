/**
 * Pure helpers for ADD1's ranges (libs/tally/README.md, "Ranges across side
 * changes"): bounds on budgets of the form max(0, a + b·x) over x ≥ 0, the
 * offset of the starting budget s − s₀ ("clipped affine").
 *
 * A group i is (a_i, b_i, w_i, u_i): its money max(0, a_i + b_i·x), its weight
 * (number of voters) and the utility each of them gives the project.
 */

/** max(0, a + b·x). */
export function clipped(a: number, b: number, x: number): number {
  const v = a + b * x;
  return v > 0 ? v : 0;
}

/**
 * The last x in [from, until] up to which f(x) = c0 + c1·x − Σ_{i in F} w_i·max(0, a_i + b_i·x)
 * stays above `err`, given f(from) > err; `until` if it never falls there.
 * f is concave (a line minus convex hinges: each hinge lowers f's slope by
 * w·|b| at its kink), so the set where it is above err is an interval.
 * `members` lists the groups of F; `kinkAt`, `kinkDrop` and `kinkOrder` are
 * scratch space of length ≥ count.
 */
export function concaveEnd(
  c0: number,
  c1: number,
  err: number,
  from: number,
  until: number,
  members: Int32Array,
  count: number,
  a: Float64Array,
  b: Float64Array,
  w: Float64Array,
  scratch: { kinkAt: Float64Array; kinkDrop: Float64Array; kinkOrder: Int32Array },
): number {
  const { kinkAt, kinkDrop, kinkOrder } = scratch;
  let value = c0 + c1 * from;
  let slope = c1;
  let kinks = 0;
  for (let t = 0; t < count; t++) {
    const i = members[t];
    const at = a[i] + b[i] * from;
    // Just right of `from`: the hinge is positive (then it moves with slope b) or zero (flat).
    if (at > 0 || (at === 0 && b[i] > 0)) {
      value -= w[i] * at;
      slope -= w[i] * b[i];
    }
    if (b[i] === 0) continue;
    const kink = -a[i] / b[i];
    if (kink > from && kink < until) {
      kinkAt[kinks] = kink;
      kinkDrop[kinks] = w[i] * Math.abs(b[i]);
      kinkOrder[kinks] = kinks;
      kinks++;
    }
  }
  const ahead = byKink(kinkOrder, kinks, kinkAt);
  let x = from;
  for (let k = 0; k <= kinks; k++) {
    const next = k < kinks ? kinkAt[ahead[k]] : until;
    // Past the last kink, the slope afresh (the running one may keep a rounding residue where it should be 0).
    if (k === kinks && kinks > 0) slope = slopeAfter(x, c1, members, count, a, b, w);
    if (slope < 0) {
      const reach = x + (value - err) / -slope;
      if (reach <= next) return reach;
    }
    if (next >= until) return until;
    value += slope * (next - x);
    x = next;
    slope -= kinkDrop[ahead[k]];
  }
  return until;
}

/** f's slope just right of x, computed afresh: c1 − Σ w·b over the hinges positive there or starting to grow. */
function slopeAfter(
  x: number,
  c1: number,
  members: Int32Array,
  count: number,
  a: Float64Array,
  b: Float64Array,
  w: Float64Array,
): number {
  let slope = c1;
  for (let t = 0; t < count; t++) {
    const i = members[t];
    const at = a[i] + b[i] * x;
    // Beyond its kink a hinge is either growing (b > 0) or flat at 0 (b < 0): its kink is behind x.
    if (b[i] > 0 ? at >= 0 || -a[i] / b[i] <= x : at > 0 && -a[i] / b[i] > x) slope -= w[i] * b[i];
  }
  return slope;
}

/**
 * The first x ≥ 0 at which Σ_i w_i·max(0, a_i + b_i·x) over groups idx[0..n)
 * could reach `target` (within relative error `margin`): money that is a lower
 * bound stays under it before. Convex increasing where it matters, so a walk
 * over the kinks. Infinity if it never does.
 */
export function firstReach(
  target: number,
  n: number,
  a: Float64Array,
  b: Float64Array,
  w: Float64Array,
  margin: number,
  members: Int32Array,
  scratch: { kinkAt: Float64Array; kinkDrop: Float64Array; kinkOrder: Int32Array },
): number {
  for (let i = 0; i < n; i++) members[i] = i;
  // f(x) = target − Σ w·max(0, a + b·x) is concave: the end of where it stays above the error.
  let scale = target;
  for (let i = 0; i < n; i++) scale += w[i] * Math.abs(a[i]);
  const err = margin * scale;
  let value = target;
  for (let i = 0; i < n; i++) value -= w[i] * clipped(a[i], b[i], 0);
  if (value <= err) return 0;
  return concaveEnd(target, 0, err, 0, Infinity, members, n, a, b, w, scratch) * (1 - margin);
}

/** Few kinks (the usual case): a stable insertion sort, without a sort call's view and callback. */
const FEW_KINKS = 32;

/** kinkOrder[0 .. kinks) in increasing kinkAt, ties in index order (as the stable built-in sort leaves them). */
function byKink(kinkOrder: Int32Array, kinks: number, kinkAt: Float64Array): Int32Array {
  if (kinks > FEW_KINKS) {
    // -1, 0 or 1 rather than the difference: V8 boxes every float a sort callback returns.
    return kinkOrder.subarray(0, kinks).sort((x, y) => (kinkAt[x] < kinkAt[y] ? -1 : kinkAt[x] > kinkAt[y] ? 1 : 0));
  }
  for (let i = 1; i < kinks; i++) {
    const e = kinkOrder[i];
    let j = i - 1;
    for (; j >= 0 && kinkAt[kinkOrder[j]] > kinkAt[e]; j--) kinkOrder[j + 1] = kinkOrder[j];
    kinkOrder[j + 1] = e;
  }
  return kinkOrder;
}

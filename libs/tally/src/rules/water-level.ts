/** Passes over the groups before `waterLevel` sorts what is left (each pass is linear). */
export const WATER_PASSES = 8;

/**
 * Smallest ρ with Σ w_i·min(v_i, ρ·u_i) ≥ cost over groups [0, n): the price
 * per unit of utility at which a project's supporters pay its cost, each group
 * paying ρ·u_i or all it holds (v_i; a lower bound of money may be negative).
 * Infinity when Σ w_i·v_i < cost.
 *
 * No sort in the usual case: starting from ρ = cost / Σ w·u (a lower bound),
 * every group under the current ρ (v_i < ρ·u_i) pays all, which only raises ρ;
 * repeat until none is left under it. After `maxPasses` passes the rest is
 * sorted by v/u. On return `order[0..out.paidAll)` are the groups that pay all
 * (`order` is scratch space of length ≥ n).
 */
export function waterLevel(
  cost: number,
  n: number,
  v: Float64Array,
  w: Float64Array,
  u: Float64Array,
  order: Int32Array,
  out: { paidAll: number },
  maxPasses = WATER_PASSES,
): number {
  let utilitySum = 0;
  let money = 0;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    utilitySum += w[i] * u[i];
    money += w[i] * v[i];
  }
  out.paidAll = 0;
  if (!(money >= cost)) return Infinity;
  let remaining = cost;
  let paid = 0;
  for (let pass = 0; ; pass++) {
    if (pass === maxPasses) return bySort(paid, n, remaining, utilitySum, v, w, u, order, out);
    const before = paid;
    for (let t = paid; t < n; t++) {
      const e = order[t];
      if (v[e] * utilitySum >= remaining * u[e]) continue;
      remaining -= v[e] * w[e];
      utilitySum -= w[e] * u[e];
      order[t] = order[paid];
      order[paid++] = e;
    }
    if (paid === before) break;
    if (paid === n || utilitySum <= 0) return everyonePays(n, v, u, out);
  }
  out.paidAll = paid;
  return remaining / utilitySum;
}

function bySort(
  paid: number,
  n: number,
  remaining: number,
  utilitySum: number,
  v: Float64Array,
  w: Float64Array,
  u: Float64Array,
  order: Int32Array,
  out: { paidAll: number },
): number {
  // -1, 0 or 1 rather than the difference: V8 boxes every float a sort callback returns.
  order.subarray(paid, n).sort((a, b) => {
    const d = v[a] / u[a] - v[b] / u[b];
    return d < 0 ? -1 : d > 0 ? 1 : 0;
  });
  for (let t = paid; t < n; t++) {
    const e = order[t];
    if (v[e] * utilitySum >= remaining * u[e]) {
      out.paidAll = t;
      return remaining / utilitySum;
    }
    remaining -= v[e] * w[e];
    utilitySum -= w[e] * u[e];
  }
  return everyonePays(n, v, u, out);
}

/** Money exactly the cost (up to float rounding): everyone pays all, ρ is the largest v/u. */
function everyonePays(n: number, v: Float64Array, u: Float64Array, out: { paidAll: number }): number {
  out.paidAll = n;
  let rho = 0;
  for (let i = 0; i < n; i++) if (v[i] / u[i] > rho) rho = v[i] / u[i];
  return rho;
}

/** Σ w·u and Σ w·v of the groups, and the water level's state after its first pass if the caller made it. */
export interface UniformSums {
  utility: number;
  money: number;
  /**
   * The caller made the first pass over the groups in index order, from
   * ρ = cost / Σ w·u (order[0 .. paid) pay all so far, remaining and
   * utilityLeft what is left to pay and of Σ w·u).
   */
  firstPassDone: boolean;
  paid: number;
  remaining: number;
  utilityLeft: number;
}

/**
 * `waterLevel` for groups that all have the same utility u (cost or approval
 * utilities), with Σ w·u and Σ w·v already summed by the caller in index
 * order: the same float operations in the same order, so the same ρ and the
 * same payers, without a utility array (`uScratch` is filled with u only for
 * the rare sorted or everyone-pays ends).
 */
export function waterLevelUniform(
  cost: number,
  n: number,
  v: Float64Array,
  w: Float64Array,
  u: number,
  sums: UniformSums,
  order: Int32Array,
  out: { paidAll: number },
  uScratch: Float64Array,
): number {
  out.paidAll = 0;
  if (!(sums.money >= cost)) return Infinity;
  const done = sums.firstPassDone;
  let utilitySum = done ? sums.utilityLeft : sums.utility;
  let remaining = done ? sums.remaining : cost;
  let paid = done ? sums.paid : 0;
  if (done && paid === 0) return remaining / utilitySum; // nobody under the first ρ: it is the answer
  if (!done) for (let i = 0; i < n; i++) order[i] = i;
  for (let pass = done ? 1 : 0; ; pass++) {
    if (pass > 0 && (paid === n || utilitySum <= 0)) {
      uScratch.fill(u, 0, n);
      return everyonePays(n, v, uScratch, out);
    }
    if (pass === WATER_PASSES) {
      uScratch.fill(u, 0, n);
      return bySort(paid, n, remaining, utilitySum, v, w, uScratch, order, out);
    }
    const before = paid;
    for (let t = paid; t < n; t++) {
      const e = order[t];
      if (v[e] * utilitySum >= remaining * u) continue;
      remaining -= v[e] * w[e];
      utilitySum -= w[e] * u;
      order[t] = order[paid];
      order[paid++] = e;
    }
    if (paid === before) break;
  }
  out.paidAll = paid;
  return remaining / utilitySum;
}

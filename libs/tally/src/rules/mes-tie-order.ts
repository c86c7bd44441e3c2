import { createHash } from 'node:crypto';
import type { CompiledProfile } from '../model/compiled-profile';
import { compareIds } from '../model/compiled-profile';

/**
 * The draw of the deployed tie-breaking: projects ordered by the hex SHA-256
 * of `seed:id` (ids as plain strings on a hash collision). Anyone can redo it
 * from the seed published before the vote, in any language.
 */
export function drawOrder(ids: readonly string[], seed: string): string[] {
  const key = new Map(ids.map((id) => [id, createHash('sha256').update(`${seed}:${id}`, 'utf8').digest('hex')]));
  return [...ids].sort((a, b) => compareIds(key.get(a)!, key.get(b)!) || compareIds(a, b));
}

/**
 * Equal Shares as Wieliczka and Świecie ran it (equalshares.net, "Tie
 * breaking"): among tied projects the lowest cost wins, then the most votes
 * (supporters before the rule ran), then the published draw. The rules break
 * every exact tie by `idRank`, so the deployed order is that rank: the same
 * profile with another `idRank`, used for every run of ADD1 alike.
 */
export function withDeployedTieOrder(cp: CompiledProfile, seed: string): CompiledProfile {
  const drawn = new Map(drawOrder(cp.ids, seed).map((id, r) => [id, r]));
  const order = Array.from({ length: cp.m }, (_, q) => q).sort(
    (a, b) =>
      (cp.costUnits[a] < cp.costUnits[b] ? -1 : cp.costUnits[a] > cp.costUnits[b] ? 1 : 0) ||
      cp.votes[b] - cp.votes[a] ||
      drawn.get(cp.ids[a])! - drawn.get(cp.ids[b])!,
  );
  const idRank = new Int32Array(cp.m);
  order.forEach((q, r) => (idRank[q] = r));
  return { ...cp, idRank };
}

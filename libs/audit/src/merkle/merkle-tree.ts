import { createHash } from 'node:crypto';

/**
 * Merkle tree hashing as in RFC 6962 (Certificate Transparency) §2.1, also
 * RFC 9162 §2.1:
 *
 *   leaf hash  = SHA-256(0x00 || leaf bytes)
 *   node hash  = SHA-256(0x01 || left || right)
 *   empty tree = SHA-256("")
 *
 * A tree of n > 1 leaves splits at k, the largest power of two below n: the
 * left subtree holds leaves [0, k), the right one [k, n). The distinct
 * prefixes keep a leaf from passing for an inner node (second pre-image).
 * Ballot trees use each ballot's canonical line (UTF-8) as the leaf bytes,
 * ordered by receipt as in the canonical ballots file.
 */
export function leafHash(leaf: string | Buffer): Buffer {
  return sha256(Buffer.from([0x00]), typeof leaf === 'string' ? Buffer.from(leaf, 'utf8') : leaf);
}

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  return sha256(Buffer.from([0x01]), left, right);
}

/** Root over leaf hashes (already `leafHash`ed). */
export function merkleRoot(leafHashes: readonly Buffer[]): Buffer {
  if (leafHashes.length === 0) return sha256();
  return subtreeRoot(leafHashes, 0, leafHashes.length);
}

/** RFC 6962 PATH(m, D[n]): sibling hashes from the leaf up to the root. */
export function inclusionProof(leafHashes: readonly Buffer[], index: number): Buffer[] {
  if (!Number.isInteger(index) || index < 0 || index >= leafHashes.length)
    throw new RangeError(`leaf ${index} is not in a tree of ${leafHashes.length}`);
  return path(leafHashes, index, 0, leafHashes.length);
}

/** RFC 9162 §2.1.3.2: does `proof` lead from this leaf, at `index` of `treeSize`, to `root`? */
export function verifyInclusion(
  leaf: Buffer,
  index: number,
  treeSize: number,
  proof: readonly Buffer[],
  root: Buffer,
): boolean {
  if (!Number.isInteger(index) || index < 0 || index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

function subtreeRoot(leaves: readonly Buffer[], start: number, end: number): Buffer {
  const n = end - start;
  if (n === 1) return leaves[start];
  const k = splitPoint(n);
  return nodeHash(subtreeRoot(leaves, start, start + k), subtreeRoot(leaves, start + k, end));
}

function path(leaves: readonly Buffer[], index: number, start: number, end: number): Buffer[] {
  const n = end - start;
  if (n === 1) return [];
  const k = splitPoint(n);
  return index < k
    ? [...path(leaves, index, start, start + k), subtreeRoot(leaves, start + k, end)]
    : [...path(leaves, index - k, start + k, end), subtreeRoot(leaves, start, start + k)];
}

/** Largest power of two strictly below n (n > 1). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function sha256(...parts: Buffer[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

import { merkleRoot, nodeHash } from './merkle-tree';

/** Node hashes per stored chunk of a level: 32 KiB, so a lookup reads a slice of a few rows, never a whole level. */
export const MERKLE_NODES_PER_CHUNK = 1024;

const HASH_BYTES = 32;

/** One level of a tree, bottom (the leaf hashes) first: its hashes in order, in chunks of MERKLE_NODES_PER_CHUNK. */
export interface MerkleLevel {
  level: number;
  size: number;
  chunks: Buffer[];
}

/** Where a node sits in the stored levels. */
export interface MerkleNodePosition {
  level: number;
  index: number;
}

/**
 * Builds every level of a tree of leaf hashes given one at a time, bottom
 * up: node i of level k+1 hashes nodes 2i and 2i+1 of level k, and a level's
 * lone last node is promoted unchanged. This level-by-level tree is the RFC
 * 6962 tree (whose split at the largest power of two below n leaves exactly
 * those lone nodes): same root as `merkleRoot`, and `inclusionPath` names the
 * nodes of the RFC 6962 audit path (merkle-levels.spec.ts checks both against
 * merkle-tree.ts: roots up to 300 leaves, every path up to 70). Kept whole (32 bytes per node,
 * about two nodes per leaf), so that a proof is a few stored slices.
 */
export class MerkleLevelsBuilder {
  private readonly levels: LevelWriter[] = [];

  add(leafHash: Buffer): void {
    this.push(0, leafHash);
  }

  get size(): number {
    return this.levels[0]?.size ?? 0;
  }

  /** Promotes the lone last nodes up to a single root; call once, after the last leaf. */
  finish(): MerkleLevel[] {
    for (let k = 0; k < this.levels.length && this.levels[k].size > 1; k++) {
      const level = this.levels[k];
      if (level.size % 2 === 1) this.push(k + 1, level.last());
    }
    return this.levels.map((writer, level) => ({ level, size: writer.size, chunks: writer.chunks() }));
  }

  /** The root of `finish()`ed levels (SHA-256 of nothing for an empty tree, as RFC 6962 says). */
  static rootOf(levels: readonly MerkleLevel[]): Buffer {
    const top = levels.at(-1);
    return top ? top.chunks[0].subarray(0, HASH_BYTES) : merkleRoot([]);
  }

  private push(k: number, hash: Buffer): void {
    const level = (this.levels[k] ??= new LevelWriter());
    level.add(hash);
    // A right child completes a pair: its parent goes up at once, so only whole pairs are ever combined.
    if (level.size % 2 === 0) this.push(k + 1, nodeHash(level.at(level.size - 2), hash));
  }
}

/**
 * The stored nodes that prove leaf `leafIndex` of a tree of `treeSize`
 * leaves, from the leaf up: at each level the node's sibling, unless the
 * node is a lone last one promoted unchanged. Same hashes, in the same order,
 * as RFC 6962's PATH(m, D[n]).
 */
export function inclusionPath(leafIndex: number, treeSize: number): MerkleNodePosition[] {
  if (!Number.isInteger(leafIndex) || leafIndex < 0 || leafIndex >= treeSize)
    throw new RangeError(`leaf ${leafIndex} is not in a tree of ${treeSize}`);
  const path: MerkleNodePosition[] = [];
  let index = leafIndex;
  for (let level = 0, size = treeSize; size > 1; level++, size = Math.ceil(size / 2)) {
    const sibling = index ^ 1;
    if (sibling < size) path.push({ level, index: sibling });
    index >>= 1;
  }
  return path;
}

/** A position's chunk and byte offset in the stored levels. */
export function chunkOf(position: MerkleNodePosition): { chunk: number; offset: number } {
  return {
    chunk: Math.floor(position.index / MERKLE_NODES_PER_CHUNK),
    offset: (position.index % MERKLE_NODES_PER_CHUNK) * HASH_BYTES,
  };
}

/** Appends hashes to fixed-size chunks, so a level of a million nodes is 977 buffers rather than a million. */
class LevelWriter {
  private readonly full: Buffer[] = [];
  private current = Buffer.allocUnsafe(MERKLE_NODES_PER_CHUNK * HASH_BYTES);
  private inCurrent = 0;
  private lastHash: Buffer | null = null;

  get size(): number {
    return this.full.length * MERKLE_NODES_PER_CHUNK + this.inCurrent;
  }

  add(hash: Buffer): void {
    hash.copy(this.current, this.inCurrent * HASH_BYTES);
    this.inCurrent++;
    this.lastHash = hash;
    if (this.inCurrent === MERKLE_NODES_PER_CHUNK) {
      this.full.push(this.current);
      this.current = Buffer.allocUnsafe(MERKLE_NODES_PER_CHUNK * HASH_BYTES);
      this.inCurrent = 0;
    }
  }

  last(): Buffer {
    if (!this.lastHash) throw new Error('empty level');
    return this.lastHash;
  }

  /** Node `index`, which must be in the current chunk or the last full one (pairs are combined as they complete). */
  at(index: number): Buffer {
    const chunk = Math.floor(index / MERKLE_NODES_PER_CHUNK);
    const buffer = chunk < this.full.length ? this.full[chunk] : this.current;
    const start = (index % MERKLE_NODES_PER_CHUNK) * HASH_BYTES;
    return buffer.subarray(start, start + HASH_BYTES);
  }

  chunks(): Buffer[] {
    return this.inCurrent === 0
      ? this.full
      : [...this.full, Buffer.from(this.current.subarray(0, this.inCurrent * HASH_BYTES))];
  }
}

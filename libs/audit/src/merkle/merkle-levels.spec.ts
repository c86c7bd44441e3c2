import { chunkOf, inclusionPath, MERKLE_NODES_PER_CHUNK, MerkleLevel, MerkleLevelsBuilder } from './merkle-levels';
import { inclusionProof, leafHash, merkleRoot, verifyInclusion } from './merkle-tree';

const leaves = (n: number) => Array.from({ length: n }, (_, i) => leafHash(`ballot-${i}`));

function build(hashes: readonly Buffer[]): MerkleLevel[] {
  const builder = new MerkleLevelsBuilder();
  for (const hash of hashes) builder.add(hash);
  expect(builder.size).toBe(hashes.length);
  return builder.finish();
}

/** What a lookup reads: the 32 bytes at a position of the stored chunks. */
function nodeAt(levels: readonly MerkleLevel[], position: { level: number; index: number }): Buffer {
  const { chunk, offset } = chunkOf(position);
  return levels[position.level].chunks[chunk].subarray(offset, offset + 32);
}

describe('Merkle levels (the RFC 6962 tree kept level by level, for stored proofs)', () => {
  it('has the RFC 6962 root (merkleRoot) for every size from 0 to 300', () => {
    for (let n = 0; n <= 300; n++) {
      const l = leaves(n);
      expect(MerkleLevelsBuilder.rootOf(build(l)).toString('hex')).toBe(merkleRoot(l).toString('hex'));
    }
  });

  it('reads, for every leaf of every size up to 70, exactly the RFC 6962 audit path (inclusionProof), which verifies', () => {
    for (let n = 1; n <= 70; n++) {
      const l = leaves(n);
      const levels = build(l);
      const root = merkleRoot(l);
      for (let i = 0; i < n; i++) {
        const stored = inclusionPath(i, n).map((p) => nodeAt(levels, p).toString('hex'));
        expect(stored).toEqual(inclusionProof(l, i).map((h) => h.toString('hex')));
        expect(
          verifyInclusion(
            l[i],
            i,
            n,
            stored.map((h) => Buffer.from(h, 'hex')),
            root,
          ),
        ).toBe(true);
      }
    }
  });

  it('keeps levels of ceil(size / 2) nodes, the leaves first, in chunks of MERKLE_NODES_PER_CHUNK', () => {
    const n = 2 * MERKLE_NODES_PER_CHUNK + 3;
    const l = leaves(n);
    const levels = build(l);
    const sizes = levels.map((level) => level.size);
    expect(sizes[0]).toBe(n);
    for (let k = 1; k < sizes.length; k++) expect(sizes[k]).toBe(Math.ceil(sizes[k - 1] / 2));
    expect(sizes.at(-1)).toBe(1);
    expect(levels[0].chunks.map((c) => c.length)).toEqual([32 * 1024, 32 * 1024, 32 * 3]);
    expect(nodeAt(levels, { level: 0, index: n - 1 })).toEqual(l[n - 1]);
    // Leaves across a chunk boundary, near the end and in the middle prove as RFC 6962 says.
    for (const i of [0, MERKLE_NODES_PER_CHUNK - 1, MERKLE_NODES_PER_CHUNK, n - 2, n - 1]) {
      const stored = inclusionPath(i, n).map((p) => nodeAt(levels, p));
      expect(stored).toEqual(inclusionProof(l, i));
    }
  });

  it('refuses a leaf outside the tree', () => {
    expect(() => inclusionPath(3, 3)).toThrow(RangeError);
    expect(() => inclusionPath(-1, 3)).toThrow(RangeError);
    expect(inclusionPath(0, 1)).toEqual([]);
  });
});

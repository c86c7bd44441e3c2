import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { inclusionProof, leafHash, merkleRoot, nodeHash, verifyInclusion } from './merkle-tree';

const leaves = (n: number) => Array.from({ length: n }, (_, i) => leafHash(`ballot-${i}`));

describe('Merkle tree (RFC 6962 hashing)', () => {
  it('prefixes leaves with 0x00 and nodes with 0x01; the empty tree is SHA-256 of nothing', () => {
    const sha = (hex: string) => createHash('sha256').update(Buffer.from(hex, 'hex')).digest();
    expect(leafHash('')).toEqual(sha('00'));
    expect(merkleRoot([])).toEqual(sha(''));
    const [a, b] = [leafHash('a'), leafHash('b')];
    expect(nodeHash(a, b)).toEqual(sha('01' + a.toString('hex') + b.toString('hex')));
  });

  it('matches the RFC 6962 test vector root of its 8 reference leaves', () => {
    // From the Certificate Transparency reference implementation (merkle_tree_test.cc).
    const inputs = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
    const root = merkleRoot(inputs.map((hex) => leafHash(Buffer.from(hex, 'hex'))));
    expect(root.toString('hex')).toBe('5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328');
  });

  it('splits an odd tree at the largest power of two below its size', () => {
    const l = leaves(3);
    expect(merkleRoot(l)).toEqual(nodeHash(nodeHash(l[0], l[1]), l[2]));
  });

  it('proves every leaf of trees of 1 to 40 leaves, and nothing else', () => {
    for (let n = 1; n <= 40; n++) {
      const l = leaves(n);
      const root = merkleRoot(l);
      for (let i = 0; i < n; i++) {
        const proof = inclusionProof(l, i);
        expect(verifyInclusion(l[i], i, n, proof, root)).toBe(true);
        expect(verifyInclusion(leafHash('forged'), i, n, proof, root)).toBe(false);
        if (n > 1) expect(verifyInclusion(l[i], (i + 1) % n, n, proof, root)).toBe(false);
      }
    }
  });

  it('rejects any altered proof (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 300 }), fc.nat(), fc.nat(), (n, i0, j0) => {
        const l = leaves(n);
        const i = i0 % n;
        const proof = inclusionProof(l, i);
        const j = j0 % proof.length;
        const tampered = proof.map((p, k) => (k === j ? leafHash(p) : p));
        return (
          verifyInclusion(l[i], i, n, proof, merkleRoot(l)) && !verifyInclusion(l[i], i, n, tampered, merkleRoot(l))
        );
      }),
      { numRuns: 100 },
    );
  });
});

import { leafHash, merkleRoot } from './merkle-tree';
import { MerkleRootBuilder } from './merkle-root-builder';

describe('MerkleRootBuilder (streamed RFC 6962 root)', () => {
  it('gives merkleRoot of the same leaves for every size from 0 to 300, at every step', () => {
    const leaves = Array.from({ length: 300 }, (_, i) => leafHash(`ballot-${i}`));
    const builder = new MerkleRootBuilder();
    expect(builder.root()).toEqual(merkleRoot([]));
    leaves.forEach((leaf, i) => {
      builder.add(leaf);
      expect(builder.size).toBe(i + 1);
      expect(builder.root().toString('hex')).toBe(merkleRoot(leaves.slice(0, i + 1)).toString('hex'));
    });
  });

  it('matches the RFC 6962 test vector root of its 8 reference leaves', () => {
    const inputs = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
    const builder = new MerkleRootBuilder();
    for (const hex of inputs) builder.add(leafHash(Buffer.from(hex, 'hex')));
    expect(builder.root().toString('hex')).toBe('5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328');
  });
});

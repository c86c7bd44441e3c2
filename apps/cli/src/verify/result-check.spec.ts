import { differences, Recount } from './result-check';

const mine: Recount = { winners: ['a', 'b'], digest: 'd'.repeat(64), merkleRoot: 'r'.repeat(64) };

describe('verify-result comparison', () => {
  it('finds nothing when winners, digest and root agree (digest case-insensitive)', () => {
    expect(
      differences(mine, { winners: ['a', 'b'], ballotsDigest: 'D'.repeat(64), ballotsMerkleRoot: 'r'.repeat(64) }),
    ).toEqual([]);
  });

  it('names each difference', () => {
    const found = differences(mine, {
      winners: ['b', 'a'],
      ballotsDigest: 'e'.repeat(64),
      ballotsMerkleRoot: 's'.repeat(64),
    });
    expect(found).toHaveLength(3);
    expect(found[0]).toContain(`the file hashes to ${'d'.repeat(64)}, the published digest is ${'e'.repeat(64)}`);
    expect(found[1]).toContain('ballots Merkle root');
    expect(found[2]).toContain('same projects in another order');
  });

  it('lists the projects only one side selected', () => {
    expect(differences(mine, { winners: ['a', 'c'], ballotsDigest: 'd'.repeat(64) })).toEqual([
      'winners: recomputed a,b; published a,c (only recomputed: b; only published: c)',
    ]);
  });
});

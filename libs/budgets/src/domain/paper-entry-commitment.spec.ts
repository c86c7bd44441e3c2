import { createHash } from 'node:crypto';
import { paperEntrySalt, paperFirstEntryCommitment } from './paper-entry-commitment';

describe('paperFirstEntryCommitment', () => {
  const counts = { batchId: '8f0b6c1e-2f4a-4d7e-9a55-0c1d2e3f4a5b', sheets: 3, accepted: 2, refused: 1 };

  it('is the SHA-256 of the canonical JSON (sorted keys, no spaces) documented in docs/VERIFYING.md', () => {
    const salt = 'ab'.repeat(32);
    const text = `{"accepted":2,"batchId":"${counts.batchId}","refused":1,"salt":"${salt}","sheets":3}`;
    expect(paperFirstEntryCommitment(counts, salt)).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('differs for each split of the same sheets, and for each salt', () => {
    const salt = paperEntrySalt();
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    const splits = [0, 1, 2, 3].map((accepted) =>
      paperFirstEntryCommitment({ ...counts, accepted, refused: 3 - accepted }, salt),
    );
    expect(new Set(splits).size).toBe(4);
    expect(paperFirstEntryCommitment(counts, paperEntrySalt())).not.toBe(paperFirstEntryCommitment(counts, salt));
  });
});

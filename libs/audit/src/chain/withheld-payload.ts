/**
 * What a `ballot.cast` entry may say: that a ballot was cast in its budget,
 * nothing more (issue #14.1, docs/VERIFYING.md).
 */
const BALLOT_CAST_PAYLOAD = '{}';

/**
 * Whether the API withholds an entry's payload: the `ballot.cast` entries
 * written before casts stopped recording the ballot's receipt and content
 * hash, which tie a published ballot to the moment it was cast. The chain is
 * append-only, so they stay (and `audit:verify` still checks them with the
 * stored payload); no answer shows them.
 */
export function isWithheldPayload(action: string, payload: string): boolean {
  return action === 'ballot.cast' && payload !== BALLOT_CAST_PAYLOAD;
}

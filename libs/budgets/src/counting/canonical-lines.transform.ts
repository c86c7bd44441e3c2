import { Transform } from 'node:stream';
import { canonicalBallotLine } from '../domain/ballot-line';
import { BallotType } from '../types/ballot-type.enum';
import type { CanonicalBallot } from './canonical-ballots-file';

/** Text per chunk pushed: a few hundred lines, so per-chunk overhead stays small without holding much. */
const CHUNK_CHARS = 64 * 1024;

/** Ballots (by receipt) in, their canonical lines out, each followed by a line feed, in chunks of about CHUNK_CHARS. */
export function canonicalLinesTransform(ballotType: BallotType, withVotingMethod = false): Transform {
  let chunk = '';
  return new Transform({
    writableObjectMode: true,
    transform(ballot: CanonicalBallot, _encoding, done) {
      chunk += `${canonicalBallotLine(ballotType, ballot, withVotingMethod)}\n`;
      if (chunk.length < CHUNK_CHARS) return done();
      const full = chunk;
      chunk = '';
      done(null, full);
    },
    flush(done) {
      done(null, chunk || undefined);
    },
  });
}

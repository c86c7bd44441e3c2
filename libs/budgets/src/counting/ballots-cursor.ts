import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { ballotRows } from '../repositories/counted-ballots.repository';
import type { CanonicalBallot } from './canonical-ballots-file';

/** Calls `visit` on each ballot of `ballotRows`, in order; resolves once all were visited. */
export function forEachBallot(
  client: ClientBase,
  budgetId: string,
  visit: (ballot: CanonicalBallot) => void,
): Promise<void> {
  const sink = new Writable({
    objectMode: true,
    write(ballot: CanonicalBallot, _encoding, done) {
      try {
        visit(ballot);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
  return pipeline(ballotRows(client, budgetId), sink);
}

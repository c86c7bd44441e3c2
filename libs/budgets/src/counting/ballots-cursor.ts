import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import QueryStream from 'pg-query-stream';
import { BALLOT_ARRAY_PARSERS } from './ballot-array-parsers';
import type { CanonicalBallot } from './canonical-ballots-file';

/**
 * Rows per cursor fetch, kept small for V8's sake, not PostgreSQL's. When a
 * scavenge finds a whole fetch's row objects alive, V8 may decide (allocation-
 * site pretenuring) to allocate those rows straight in old space, which then
 * fills with garbage up to its next limit: on a million ballots, 10,000-row
 * pages peaked at 405 MB, 200-row fetches at about 350 MB in half of the runs,
 * 90-row fetches at about 200 MB in every run (bench:export).
 */
const BATCH_SIZE = 90;

/**
 * A budget's counted ballots (set-aside ones left out) by receipt (byte order: the column is COLLATE "C") as an
 * object stream of CanonicalBallot, through a server-side cursor on `client`,
 * which the caller holds until the stream ends; destroying it closes the
 * cursor. Rows come out already shaped as CanonicalBallot (no copy per row)
 * and flow through stream callbacks, not one promise each.
 */
export function ballotRows(client: ClientBase, budgetId: string): Readable {
  return client.query(
    new QueryStream(
      `SELECT receipt, project_ids AS "projectIds", points, channel FROM ballots WHERE budget_id = $1 AND NOT set_aside ORDER BY receipt`,
      [budgetId],
      { batchSize: BATCH_SIZE, types: BALLOT_ARRAY_PARSERS },
    ),
  );
}

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

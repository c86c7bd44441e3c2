import type { ClientBase } from 'pg';
import QueryStream from 'pg-query-stream';
import type { CanonicalBallot } from './canonical-ballots-file';

/** Rows per cursor fetch: small enough that a batch dies young (no old-space growth), large enough to amortise the round trip. */
const BATCH_SIZE = 200;

/**
 * A budget's ballots by receipt (byte order: the column is COLLATE "C"),
 * through a server-side cursor on `client`, which the caller holds until the
 * iteration ends. Only one batch is in memory at a time, whatever the budget's
 * size; leaving the loop early closes the cursor.
 */
export async function* ballotsByReceipt(client: ClientBase, budgetId: string): AsyncGenerator<CanonicalBallot> {
  const rows = client.query(
    new QueryStream(
      `SELECT receipt, project_ids, points FROM ballots WHERE budget_id = $1 ORDER BY receipt`,
      [budgetId],
      { batchSize: BATCH_SIZE },
    ),
  );
  for await (const row of rows as AsyncIterable<{ receipt: string; project_ids: string[]; points: number[] | null }>)
    yield { receipt: row.receipt, projectIds: row.project_ids, points: row.points };
}

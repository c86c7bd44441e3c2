import type { Readable } from 'node:stream';
import type { ClientBase } from 'pg';
import QueryStream from 'pg-query-stream';
import type { EntityManager } from 'typeorm';
import { BALLOT_ARRAY_PARSERS } from '../counting/ballot-array-parsers';
import type { CanonicalBallot, CanonicalProject } from '../counting/canonical-ballots-file';
import { BallotChannel } from '../types/ballot-channel.enum';

/**
 * The SQL of the ballots that count, as the canonical file reads them: online
 * ones set aside for a paper vote (PAPER_WINS) are left out. Functions of the
 * connection they run on, since the callers hold one (a REPEATABLE READ
 * snapshot, the close's transaction, the export's client).
 */

/**
 * Rows per cursor fetch, kept small for V8's sake, not PostgreSQL's. When a
 * scavenge finds a whole fetch's row objects alive, V8 may decide (allocation-
 * site pretenuring) to allocate those rows straight in old space, which then
 * fills with garbage up to its next limit: on a million ballots, 10,000-row
 * pages peaked at 405 MB, 200-row fetches at about 350 MB in half of the runs,
 * 90-row fetches at about 200 MB in every run (bench:export).
 */
const BATCH_SIZE = 90;

/** How many ballots count in the budget, as `client` sees them. */
export async function countedBallotCount(client: ClientBase, budgetId: string): Promise<number> {
  const { rows } = await client.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM ballots WHERE budget_id = $1 AND NOT set_aside`,
    [budgetId],
  );
  return rows[0].count;
}

/** The projects on the ballot (feasible), ordered by id. */
export function feasibleProjects(manager: EntityManager, budgetId: string): Promise<CanonicalProject[]> {
  return manager.query(
    `SELECT id, title, cost FROM budget_projects WHERE budget_id = $1 AND feasibility = 'FEASIBLE' ORDER BY id`,
    [budgetId],
  );
}

/** Up to `limit` counted ballots with a receipt after `after`, by receipt: one keyset page. */
export async function countedBallotsAfter(
  manager: EntityManager,
  budgetId: string,
  after: string,
  limit: number,
): Promise<CanonicalBallot[]> {
  const rows: { receipt: string; project_ids: string[]; points: number[] | null; channel: BallotChannel }[] =
    await manager.query(
      `SELECT receipt, project_ids, points, channel FROM ballots
        WHERE budget_id = $1 AND NOT set_aside AND receipt > $2 ORDER BY receipt LIMIT $3`,
      [budgetId, after, limit],
    );
  return rows.map((row) => ({
    receipt: row.receipt,
    projectIds: row.project_ids,
    points: row.points,
    channel: row.channel,
  }));
}

/**
 * A budget's counted ballots by receipt (byte order: the column is COLLATE "C") as an
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

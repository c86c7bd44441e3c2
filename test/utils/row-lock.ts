import { DataSource } from 'typeorm';
import { waitFor } from './wait-for';

/**
 * Runs `work` while this test holds `FOR UPDATE` on the rows `lockSql` selects,
 * and lets go once `waiters` other sessions wait on a lock: requests started in
 * `work` then all pass what comes before their own row lock (authentication,
 * reads) before any of them takes it, whatever the machine's speed.
 */
export async function whileRowsLocked<T>(
  db: DataSource,
  lockSql: string,
  params: unknown[],
  waiters: number,
  work: () => Promise<T>,
): Promise<T> {
  const holder = db.createQueryRunner();
  await holder.connect();
  await holder.startTransaction();
  try {
    await holder.query(lockSql, params);
    const pending = work();
    await waitFor(
      async () => {
        const [{ n }] = await db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return n >= waiters ? true : undefined;
      },
      20_000,
      `${waiters} sessions waiting on the lock`,
    );
    await holder.commitTransaction();
    return await pending;
  } finally {
    if (holder.isTransactionActive) await holder.rollbackTransaction();
    await holder.release();
  }
}

import { DataSource } from 'typeorm';

/**
 * Rewrites one audit entry's payload behind the trigger that keeps the log append-only: what an attacker with the
 * database would do, for the tests of the chain's verification.
 */
export async function rewriteAuditPayload(db: DataSource, sequence: number | string, payload: string): Promise<void> {
  const runner = db.createQueryRunner();
  try {
    await runner.query(`ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only`);
    await runner.query(`UPDATE audit_entries SET payload = $1 WHERE sequence = $2`, [payload, sequence]);
    await runner.query(`ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only`);
  } finally {
    await runner.release();
  }
}

/**
 * Runs `check` with the last audit entry forged (given its sequence), then puts the entry back, so that the tests
 * after it find the chain intact whatever their order.
 */
export async function withLastAuditEntryForged<T>(db: DataSource, check: (sequence: string) => Promise<T>): Promise<T> {
  const [{ sequence, payload }]: { sequence: string; payload: string }[] = await db.query(
    `SELECT sequence, payload FROM audit_entries ORDER BY sequence DESC LIMIT 1`,
  );
  await rewriteAuditPayload(db, sequence, '{"forged":true}');
  try {
    return await check(sequence);
  } finally {
    await rewriteAuditPayload(db, sequence, payload);
  }
}

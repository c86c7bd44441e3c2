import { DataSource } from 'typeorm';
import { migrationOptions } from './migration-options';
import { ensureDatabase } from './database-admin';

// Arbitrary but fixed: every process that migrates takes the same advisory lock.
const MIGRATION_LOCK_KEY = 7_310_255_901;

/**
 * Creates the database if missing and applies pending migrations, one process
 * at a time (API replicas and the worker may start together).
 */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  await ensureDatabase(databaseUrl);
  const dataSource = await new DataSource(migrationOptions(databaseUrl, 2)).initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}

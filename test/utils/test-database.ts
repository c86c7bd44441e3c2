import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, withDatabase } from '../../libs/database/src/database-admin';
import { currentRunId, databasePrefix, TEST_SERVER_URL, templateDatabase } from '../setup/test-run';

/**
 * A fresh, migrated database for one test file, cloned from the run's template,
 * or from `fromUrl` (a test database nobody is connected to) for tests that share a starting state.
 */
export async function createTestDatabase(fromUrl?: string): Promise<string> {
  const runId = currentRunId();
  const url = withDatabase(TEST_SERVER_URL, `${databasePrefix(runId)}${randomBytes(5).toString('hex')}`);
  await ensureDatabase(url, fromUrl ? new URL(fromUrl).pathname.slice(1) : templateDatabase(runId));
  return url;
}

/**
 * Drops a test database without waiting: DROP DATABASE makes PostgreSQL checkpoint, which takes seconds on a
 * loaded machine, and the next test file need not wait for it. Global teardown drops whatever is left.
 */
export async function dropTestDatabase(databaseUrl: string): Promise<void> {
  void dropDatabase(databaseUrl).catch(() => undefined);
}

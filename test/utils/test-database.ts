import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, withDatabase } from '../../libs/database/src/database-admin';
import { currentRunId, databasePrefix, TEST_SERVER_URL, templateDatabase } from '../setup/test-run';

/** A fresh, migrated database for one test file, cloned from the run's template. */
export async function createTestDatabase(): Promise<string> {
  const runId = currentRunId();
  const url = withDatabase(TEST_SERVER_URL, `${databasePrefix(runId)}${randomBytes(5).toString('hex')}`);
  await ensureDatabase(url, templateDatabase(runId));
  return url;
}

export { dropDatabase as dropTestDatabase };

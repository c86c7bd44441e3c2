import { rmSync } from 'node:fs';
import { dropDatabase, listDatabases, withDatabase } from '../../libs/database/src/database-admin';
import { deleteRedisKeys } from '../../libs/queue/src/delete-redis-keys';
import { databasePrefix, redisPrefix, runScratchDir, TEST_REDIS_URL, TEST_SERVER_URL } from './test-run';

export default async function globalTeardown(): Promise<void> {
  const runId = process.env.QUORUM_TEST_RUN_ID;
  if (!runId) return;
  for (const name of await listDatabases(TEST_SERVER_URL, databasePrefix(runId))) {
    await dropDatabase(withDatabase(TEST_SERVER_URL, name));
  }
  await deleteRedisKeys(TEST_REDIS_URL, `${redisPrefix(runId)}*`);
  rmSync(runScratchDir(runId), { recursive: true, force: true });
}

import { dropDatabase, listDatabases, withDatabase } from '../../libs/database/src/database-admin';
import { Redis } from 'ioredis';
import { databasePrefix, redisPrefix, TEST_REDIS_URL, TEST_SERVER_URL } from './test-run';

export default async function globalTeardown(): Promise<void> {
  const runId = process.env.QUORUM_TEST_RUN_ID;
  if (!runId) return;
  for (const name of await listDatabases(TEST_SERVER_URL, databasePrefix(runId))) {
    await dropDatabase(withDatabase(TEST_SERVER_URL, name));
  }
  await deleteRedisKeys(`${redisPrefix(runId)}*`);
}

async function deleteRedisKeys(pattern: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

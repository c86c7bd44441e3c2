import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { AppConfig, loadConfig } from '@quorum/config';
import { currentRunId, redisPrefix, runScratchDir, TEST_REDIS_URL } from '../setup/test-run';

/** A Redis prefix of its own inside the test run's, whose keys global teardown deletes. */
export function testRedisPrefix(own = randomBytes(4).toString('hex')): string {
  return `${redisPrefix(currentRunId())}:${own}`;
}

/** Test configuration: its own database and Redis prefix, quiet logs, generous limits unless a test lowers them. */
export function testConfig(databaseUrl: string, env: Record<string, string> = {}): AppConfig {
  const own = randomBytes(4).toString('hex');
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '30',
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: testRedisPrefix(own),
    // Open data of its own: a rebuild that withdraws old versions (after a hide, a withdrawal, an erasure) deletes
    // the files its database no longer lists, which in a shared directory are another test file's current ones.
    OPEN_DATA_DIR: join(runScratchDir(currentRunId()), `open-data-${own}`),
    // Likewise photos, data exports and written mail: nothing a test file writes lands in another's folder or in var/.
    UPLOADS_DIR: join(runScratchDir(currentRunId()), `uploads-${own}`),
    DATA_EXPORT_DIR: join(runScratchDir(currentRunId()), `data-exports-${own}`),
    MAIL_DIR: join(runScratchDir(currentRunId()), `mail-${own}`),
    LOG_LEVEL: 'silent',
    LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
    REGISTER_MAX_PER_IP: '100000',
    WRITE_MAX_PER_ACCOUNT: '100000',
    WRITE_MAX_PER_IP: '100000',
    EXPENSIVE_READ_MAX_PER_IP: '100000',
    EXPENSIVE_READ_MAX_PER_ACCOUNT: '100000',
    PHOTO_UPLOAD_MAX_PER_IP: '100000',
    // Fresh turnout figures on every request, so that a test never reads another's; expensive-reads tests cache.
    TURNOUT_CACHE_SECONDS: '0',
    // Tests change the commune in SQL and read it back at once.
    MUNICIPALITY_CACHE_MS: '0',
    // Thousands of sign-ins: argon2id at its lowest cost (production refuses it).
    PASSWORD_HASH_MEMORY_KIB: '1024',
    PASSWORD_HASH_PASSES: '1',
    WORKER_HEALTH_PORT: '0',
    SEED_DEMO: 'false',
    // Nothing reaches the internet: the discard port refuses at once; tests of address search start a stub.
    GEOCODER_URL: 'http://127.0.0.1:9',
    // The maps' tiles likewise (test/utils/tile-stub.ts serves one PNG tile to tests of maps).
    MAP_TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png',
    ...env,
  });
}

import { ChildProcess, spawn } from 'node:child_process';
import { TestApi } from './test-api';

/**
 * The worker as production runs it: its own Node process on the API's
 * database and Redis prefix, which a test can kill outright. `env` adds or
 * overrides variables (a short WORKER_LOCK_DURATION_MS, an OPEN_DATA_DIR); the API's
 * folders are its own.
 */
export function spawnWorker(api: TestApi, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'test',
      DATABASE_URL: api.config.database.url,
      REDIS_URL: api.config.redis.url,
      REDIS_PREFIX: api.config.redis.prefix,
      OPEN_DATA_DIR: api.config.openData.dir,
      UPLOADS_DIR: api.config.uploads.dir,
      DATA_EXPORT_DIR: api.config.privacy.dataExportDir,
      MAIL_DIR: api.config.mail.dir,
      WORKER_HEALTH_PORT: '0',
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      ...env,
    },
    stdio: 'ignore',
  });
}

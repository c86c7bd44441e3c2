import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEST_SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Names are scoped by a run id so that parallel runs on one machine never collide. */
export function newRunId(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

export function databasePrefix(runId: string): string {
  return `quorum_t_${runId}_`;
}

export function templateDatabase(runId: string): string {
  return `${databasePrefix(runId)}template`;
}

export function redisPrefix(runId: string): string {
  return `quorum-test:${runId}`;
}

/** Files a run's apps write (each API's open data), removed by the global teardown. */
export function runScratchDir(runId: string): string {
  return join(tmpdir(), `quorum-test-${runId}`);
}

export function currentRunId(): string {
  const runId = process.env.QUORUM_TEST_RUN_ID;
  if (!runId) throw new Error('QUORUM_TEST_RUN_ID is unset: run tests through jest (global setup)');
  return runId;
}

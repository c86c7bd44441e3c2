import { randomBytes } from 'node:crypto';
import { Socket } from 'node:net';
import { Client } from 'pg';
import { adminUrl, dropDatabaseStatement, ensureDatabase, withDatabase } from '../../libs/database/src/database-admin';
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
 * Sends DROP DATABASE and returns without waiting for it: it makes PostgreSQL checkpoint, which takes seconds
 * on a loaded machine, and the next test file need not wait for it. Nor need the jest worker: once sent, the
 * command no longer holds the process open (its socket is unref'd), and PostgreSQL completes it even if the
 * worker exits meanwhile. A worker still waiting for it when jest ends it (after its last file) was
 * force-killed ("A worker process has failed to exit gracefully"). Global teardown drops whatever is left.
 */
export async function dropTestDatabase(databaseUrl: string): Promise<void> {
  const { url, database } = adminUrl(databaseUrl);
  const socket = new Socket();
  const client = new Client({ connectionString: url, stream: () => socket });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch {
    return;
  }
  const dropped = client.query(dropDatabaseStatement(database));
  socket.unref();
  void dropped.catch(() => undefined).finally(() => client.end().catch(() => undefined));
}

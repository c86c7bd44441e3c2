import { dropDatabase, listDatabases, withDatabase } from '../../libs/database/src/database-admin';
import { runMigrations } from '../../libs/database/src/run-migrations';
import { newRunId, TEST_SERVER_URL, templateDatabase } from './test-run';

/**
 * Migrates one template database per run; each test file then clones it
 * (CREATE DATABASE … TEMPLATE), which takes milliseconds.
 */
export default async function globalSetup(): Promise<void> {
  const runId = newRunId();
  process.env.QUORUM_TEST_RUN_ID = runId;
  // Every connection of the run (tests, the API and workers they start, CLI children: pg reads PGOPTIONS)
  // commits without waiting for the WAL to reach the disk: about 10 ms saved per commit on a loaded machine.
  // Nothing is lost unless PostgreSQL itself crashes, which no test does (faults go through a proxy).
  process.env.PGOPTIONS = [process.env.PGOPTIONS, '-c synchronous_commit=off'].filter(Boolean).join(' ');
  await dropStaleDatabases();
  await runMigrations(withDatabase(TEST_SERVER_URL, templateDatabase(runId)));
}

/** Databases left by runs that crashed more than a day ago (run ids start with a base-36 timestamp). */
async function dropStaleDatabases(): Promise<void> {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of await listDatabases(TEST_SERVER_URL, 'quorum_t_')) {
    const started = parseInt(name.slice('quorum_t_'.length, 'quorum_t_'.length + 8), 36);
    if (Number.isFinite(started) && started < dayAgo) await dropDatabase(withDatabase(TEST_SERVER_URL, name));
  }
}

import { Role } from '@quorum/access';
import { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenDataExporter } from '@quorum/open-data';
import { JobName, JobQueue } from '@quorum/queue';
import { createBudget, seedBallots, seedProjects } from '../utils/budgets.factory';
import { createUser } from '../utils/users.factory';
import { seedToulouse } from '../utils/municipality.factory';
import { startTestApi, TestApi } from '../utils/test-api';
import { spawnWorker } from '../utils/worker-process';
import { startTestWorker, TestWorker } from '../utils/test-worker';
import { waitFor } from '../utils/wait-for';

// Short, so the killed worker's job is picked up again quickly.
const LOCK_MS = '3000';
// Enough ballots for the CSV to take a noticeable moment to write (tens of megabytes): wide ones (24 projects
// each, about 900 bytes a line), since a ballot's time to seed is mostly its own (its participation, the deferred
// check that pairs them) while its time to export grows with its bytes. 300,000 ballots of 2 projects took 16 s to
// seed for a 59 MB file exported in 2.4 s; these take about 6 s for a larger file that takes as long to export.
const BALLOTS = 100_000;
const PROJECTS = 30;
const PER_BALLOT = 24;

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe('open data: a worker killed in the middle of an export', () => {
  let api: TestApi;
  let dir: string;
  let child: ChildProcess | undefined;
  let worker: TestWorker | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'quorum-open-data-kill-'));
    api = await startTestApi({ OPEN_DATA_DIR: dir, WORKER_LOCK_DURATION_MS: LOCK_MS });
    await seedToulouse(api);
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await worker?.close();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves the published file and the catalogue as they were; the retried job publishes a complete new version', async () => {
    const staff = await createUser(api, { role: Role.STAFF });
    const { budgetId } = await createBudget(api, staff.token, { ballotType: 'APPROVAL' });
    await seedProjects(api.db, budgetId, PROJECTS - 5, 500);
    await seedBallots(api.db, budgetId, BALLOTS, PER_BALLOT);
    await api.db.query(`UPDATE budgets SET status = 'PUBLISHED', published_at = now() WHERE id = $1`, [budgetId]);
    await api.app.get(OpenDataExporter).run({ dataset: 'ballots', format: 'csv' }, 'test');
    const catalogue = async (): Promise<unknown[]> =>
      api.db.query(
        `SELECT file_name, sha256, bytes, rows, created_at FROM open_data_files ORDER BY file_name, created_at`,
      );
    const before = await catalogue();
    const [published] = await api.db.query(`SELECT sha256 FROM open_data_files WHERE file_name = 'ballots.csv'`);
    const publishedPath = join(dir, 'files', `${published.sha256}.csv`);
    const publishedBytes = readFileSync(publishedPath);

    // New ballots, so the next export has other bytes.
    await seedBallots(api.db, budgetId, 1000, 2);
    child = spawnWorker(api, { WORKER_LOCK_DURATION_MS: LOCK_MS, OPEN_DATA_DIR: dir });
    await api.app
      .get(JobQueue)
      .enqueue(
        JobName.EXPORT_OPEN_DATA,
        { dataset: 'ballots', format: 'csv', reason: 'request' },
        { jobId: 'open-data-kill-test' },
      );
    const partial = await waitFor(
      async () => {
        const names = existsSync(join(dir, 'tmp')) ? readdirSync(join(dir, 'tmp')) : [];
        const name = names.find((n) => n.endsWith('-ballots.csv'));
        return name && statSync(join(dir, 'tmp', name)).size > 0 ? join(dir, 'tmp', name) : undefined;
      },
      60_000,
      'the export to start writing',
    );
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));

    // Killed mid-file: the temporary file is partial, nothing was published.
    expect(statSync(partial).size).toBeLessThan(publishedBytes.length);
    expect(await catalogue()).toEqual(before);
    expect(sha256(readFileSync(publishedPath))).toBe(published.sha256);
    const served = await fetch(`${api.url}/open-data/files/ballots.csv`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(sha256(Buffer.from(await served.arrayBuffer()))).toBe(published.sha256);

    // Another worker takes the stalled job over once the lock lapses and publishes a complete file.
    worker = await startTestWorker(api.config);
    const [fresh] = await waitFor(
      async () => {
        const rows = await api.db.query(
          `SELECT sha256, rows, bytes FROM open_data_files WHERE file_name = 'ballots.csv' AND sha256 <> $1`,
          [published.sha256],
        );
        return rows.length ? rows : undefined;
      },
      60_000,
      'the retried export',
    );
    expect(fresh.rows).toBe(BALLOTS + 1000);
    const freshBytes = readFileSync(join(dir, 'files', `${fresh.sha256}.csv`));
    expect(sha256(freshBytes)).toBe(fresh.sha256);
    expect(freshBytes.length).toBe(Number(fresh.bytes));
    expect(freshBytes.toString('utf8').trimEnd().split('\n')).toHaveLength(BALLOTS + 1000 + 1);
  }, 180_000);
});

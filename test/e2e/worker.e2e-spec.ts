import { WorkerHealthServer } from '../../apps/worker/src/worker-health.server';
import { createTestDatabase, dropTestDatabase } from '../utils/test-database';
import { testConfig } from '../utils/test-config';
import { startTestWorker, TestWorker } from '../utils/test-worker';

describe('worker process', () => {
  let databaseUrl: string;
  let worker: TestWorker;
  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    worker = await startTestWorker(testConfig(databaseUrl));
  });
  afterAll(async () => {
    await worker.close();
    await dropTestDatabase(databaseUrl);
  });

  it('boots with every job handled and reports its health over HTTP', async () => {
    const port = worker.app.get(WorkerHealthServer).address();
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      checks: { database: 'up', redis: 'up', queues: 'up' },
    });
    expect(response.status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
  });
});

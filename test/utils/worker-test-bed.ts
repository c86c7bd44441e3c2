import { Role } from '@quorum/access';
import { startTestApi, TestApi } from './test-api';
import { startTestWorker, TestWorker } from './test-worker';
import { createUser, TestUser } from './users.factory';

/**
 * The set-up of the tests whose jobs must run: the API and a worker on its
 * database and Redis prefix, closed worker first.
 */
export class WorkerTestBed {
  private running?: { api: TestApi; worker: TestWorker };

  /** `env` adds to the API's settings or overrides them. */
  async start(env: Record<string, string> = {}): Promise<TestApi> {
    const api = await startTestApi(env);
    this.running = { api, worker: await startTestWorker(api.config) };
    return api;
  }

  /** `start`, then `prepare` (what the file's tests need, e.g. the commune), then a staff account. */
  async startWithStaff(
    env: Record<string, string> = {},
    prepare?: (api: TestApi) => Promise<unknown>,
  ): Promise<{ api: TestApi; staff: TestUser }> {
    const api = await this.start(env);
    await prepare?.(api);
    return { api, staff: await createUser(api, { role: Role.STAFF }) };
  }

  async stop(): Promise<void> {
    await this.running?.worker.close();
    await this.running?.api.close();
  }

  get api(): TestApi {
    if (!this.running) throw new Error(`${this.constructor.name} not started`);
    return this.running.api;
  }

  get worker(): TestWorker {
    if (!this.running) throw new Error(`${this.constructor.name} not started`);
    return this.running.worker;
  }
}

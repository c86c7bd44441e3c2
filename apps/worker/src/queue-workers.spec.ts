import { AppConfig } from '@quorum/config';
import { JobName } from '@quorum/queue';
import { createServer, Server } from 'node:net';
import { JobHandlerRegistry } from './job-handler-registry';
import { QueueWorkers } from './queue-workers';

/** A port nothing listens on: the workers' Redis clients stay in ioredis' "reconnecting" state. */
async function closedPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** ioredis's default `disconnectTimeout`: how long it leaves a socket to close before destroying it. */
const IOREDIS_DISCONNECT_TIMEOUT_MS = 2000;

describe('QueueWorkers shutdown', () => {
  // ioredis 5.11 arms that timer even for a client disconnected while reconnecting, whose socket has already
  // closed, so nothing clears it: for 2 s it held this jest worker, which jest force-killed when this file was
  // its last ("A worker process has failed to exit gracefully"). The file ends once the timers have run.
  afterAll(() => new Promise((resolve) => setTimeout(resolve, IOREDIS_DISCONNECT_TIMEOUT_MS)));

  it('returns within the grace period when Redis cannot be reached, instead of waiting forever', async () => {
    const port = await closedPort();
    const config = {
      redis: { url: `redis://127.0.0.1:${port}`, prefix: 'quorum-test-shutdown' },
      worker: { lockDurationMs: 500, healthPort: 0, outboxPollIntervalMs: 1000 },
      mail: { retry: { maxDelayMs: 1000 } },
    } as unknown as AppConfig;
    const registry = {
      found: Object.values(JobName).map((job) => ({ job, where: `Test.${job}` })),
      handlerFor: () => undefined,
    } as unknown as JobHandlerRegistry;
    const workers = new QueueWorkers(config, registry);
    workers.onApplicationBootstrap();
    await new Promise((resolve) => setTimeout(resolve, 300));

    // Without the bound, this await never settled (taskforcesh/bullmq#4656) and jest's timeout failed the test.
    await workers.onApplicationShutdown();
  }, 20_000);
});

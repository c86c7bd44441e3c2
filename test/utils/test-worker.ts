import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@quorum/config';
import { WorkerModule } from '../../apps/worker/src/worker.module';

export interface TestWorker {
  app: INestApplicationContext;
  close(): Promise<void>;
}

/**
 * The real worker process's module, in this test process, on the same
 * database and Redis prefix as the API under test (pass `api.config`).
 */
export async function startTestWorker(config: AppConfig): Promise<TestWorker> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
  await app.init();
  return { app, close: () => app.close() };
}

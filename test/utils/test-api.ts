import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@quorum/config';
import { REDIS } from '@quorum/queue';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/create-api';
import { GraphqlClient } from './graphql-client';
import { createTestDatabase, dropTestDatabase } from './test-database';
import { testConfig } from './test-config';
import { waitFor } from './wait-for';
import { TEST_REDIS_URL } from '../setup/test-run';

export interface TestApi {
  app: NestFastifyApplication;
  config: AppConfig;
  /** The test database, directly (`config.database.url` may go through a proxy). */
  databaseUrl: string;
  url: string;
  gql: GraphqlClient;
  db: DataSource;
  close(): Promise<void>;
}

export interface TestApiOptions {
  /** The URL the API connects to, e.g. through a TcpProxy (the test database is still created and dropped directly). */
  connectVia?: (databaseUrl: string) => string;
}

/** The real API on its own database, listening on a free port. */
export async function startTestApi(env: Record<string, string> = {}, options: TestApiOptions = {}): Promise<TestApi> {
  const databaseUrl = await createTestDatabase();
  const config = testConfig(options.connectVia?.(databaseUrl) ?? databaseUrl, env);
  const app = await createApi(config, { schemaFile: true });
  // Serving only once the shared Redis client is ready (the API itself waits 3 s at most, which a loaded machine
  // can exceed): until then rate limits count in this process's memory, and a test's uses split between memory
  // and Redis would get more than the limit. Tests of Redis down at boot point elsewhere and are not held.
  if (config.redis.url === TEST_REDIS_URL) {
    const redis = app.get<Redis>(REDIS);
    await waitFor(async () => (redis.status === 'ready' ? true : undefined), 20_000, 'Redis ready at boot');
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = await app.getUrl();
  const base = url.replace('[::1]', '127.0.0.1');
  return {
    app,
    config,
    databaseUrl,
    url: base,
    gql: new GraphqlClient(base),
    db: app.get(DataSource),
    close: async () => {
      await app.close();
      await dropTestDatabase(databaseUrl);
    },
  };
}

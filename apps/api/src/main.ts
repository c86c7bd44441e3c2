import 'reflect-metadata';
import { loadConfigOrExit } from '@quorum/config';
import { createApi } from './create-api';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApi(config);
  await app.listen({ port: config.http.port, host: config.http.host });
}

void main();

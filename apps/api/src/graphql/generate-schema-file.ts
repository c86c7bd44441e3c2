import { readFileSync } from 'node:fs';
import { AppConfig } from '@quorum/config';
import { createApi } from '../create-api';

/** Boots the API (without listening) so Nest writes the code-first schema to `file`, and returns it. */
export async function generateSchemaFile(config: AppConfig, file: string): Promise<string> {
  const app = await createApi(config, { schemaFile: file });
  await app.init();
  await app.close();
  return readFileSync(file, 'utf8');
}

import 'reflect-metadata';
import { loadConfigOrExit } from '@quorum/config';
import { runMigrations } from '@quorum/database';
import { generateSchemaFile } from '../graphql/generate-schema-file';
import { SCHEMA_FILE } from '../graphql/graphql-options';

async function main(): Promise<void> {
  const config = loadConfigOrExit({ ...process.env, LOG_LEVEL: 'error' });
  await runMigrations(config.database.url);
  await generateSchemaFile(config, SCHEMA_FILE);
  process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
}

void main();

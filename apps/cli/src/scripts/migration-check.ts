import { pendingSchemaChanges } from '@quorum/database';
import { CLI_ENTITIES } from '../cli.entities';

async function main(): Promise<void> {
  const diff = await pendingSchemaChanges(
    process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/quorum',
    CLI_ENTITIES,
  );
  if (diff.up.length === 0) {
    process.stdout.write('migration:check: entities and migrations agree\n');
    return;
  }
  process.stderr.write('migration:check: entities differ from migrations; run `npm run migration:generate -- Name`.\n');
  process.stderr.write(diff.up.map((q) => `  ${q};`).join('\n') + '\n');
  process.exitCode = 1;
}

void main();

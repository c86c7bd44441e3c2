import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pendingSchemaChanges } from '@quorum/database';
import { CLI_ENTITIES } from '../cli.entities';

// The migrations belong to libs/database; this command only writes them there.
const MIGRATIONS_DIR = join(__dirname, '..', '..', '..', '..', 'libs', 'database', 'src', 'migrations');

function toSource(className: string, name: string, up: string[], down: string[]): string {
  const lines = (queries: string[]): string =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    process.stderr.write('usage: npm run migration:generate -- PascalCaseName\n');
    process.exit(2);
  }
  const diff = await pendingSchemaChanges(
    process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/quorum',
    CLI_ENTITIES,
  );
  if (diff.up.length === 0) {
    process.stdout.write('No schema change to migrate.\n');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const fileBase = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.migration`;
  writeFileSync(join(MIGRATIONS_DIR, `${fileBase}.ts`), toSource(className, name, diff.up, diff.down));
  registerMigration(className, fileBase);
  process.stdout.write(`Wrote libs/database/src/migrations/${fileBase}.ts (${diff.up.length} statements)\n`);
}

function registerMigration(className: string, fileBase: string): void {
  const indexPath = join(MIGRATIONS_DIR, 'index.ts');
  const source = readFileSync(indexPath, 'utf8');
  const withImport = `import { ${className} } from './${fileBase}';\n${source}`;
  const updated = withImport.replace(/export const MIGRATIONS = \[([\s\S]*?)\];/, (_m, body: string) => {
    const items = body
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return `export const MIGRATIONS = [${[...items, className].join(', ')}];`;
  });
  writeFileSync(indexPath, updated);
}

void main();

import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions, EntityList } from './data-source-options';
import { dropDatabase, withDatabase } from './database-admin';
import { runMigrations } from './run-migrations';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/**
 * Applies every committed migration to a scratch database, then asks TypeORM
 * what `entities` would still change: empty means migrations and entities agree.
 */
export async function pendingSchemaChanges(serverUrl: string, entities: EntityList): Promise<SchemaDiff> {
  const scratch = withDatabase(serverUrl, `quorum_schema_check_${randomBytes(4).toString('hex')}`);
  try {
    await runMigrations(scratch);
    const dataSource = await new DataSource(dataSourceOptions(scratch, entities, 2)).initialize();
    try {
      const sql = await dataSource.driver.createSchemaBuilder().log();
      return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query).reverse() };
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await dropDatabase(scratch);
  }
}

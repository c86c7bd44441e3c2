import { randomBytes } from 'node:crypto';
import { DataSource, QueryRunner } from 'typeorm';
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
    oneQueryAtATime(dataSource);
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

/**
 * TypeORM's schema reader (PostgresQueryRunner.loadTables) looks up the enum
 * types of a table's columns all at once on its one connection: pg queues the
 * queries with a deprecation warning ("Calling client.query() when the client
 * is already executing a query"), and pg 9 will refuse them. The query
 * runners of this data source send theirs one after the other instead.
 */
function oneQueryAtATime(dataSource: DataSource): void {
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>): QueryRunner => {
    const runner = createQueryRunner(...args);
    const query = runner.query.bind(runner);
    let previous: Promise<unknown> = Promise.resolve();
    runner.query = ((...queryArgs: Parameters<QueryRunner['query']>) => {
      const result = previous.then(() => query(...queryArgs));
      previous = result.catch(() => undefined);
      return result;
    }) as QueryRunner['query'];
    return runner;
  };
}

import { dataSourceOptions } from '@quorum/database';
import { DataSource } from 'typeorm';
import { API_ENTITIES } from '../../apps/api/src/api.entities';
import { createTestDatabase, dropTestDatabase } from './test-database';

/** A fresh database for one test file with a TypeORM data source on it, for tests below the HTTP layer. */
export async function createTestDataSource(poolSize = 4): Promise<{ db: DataSource; close: () => Promise<void> }> {
  const url = await createTestDatabase();
  const db = await new DataSource(dataSourceOptions(url, API_ENTITIES, poolSize)).initialize();
  return {
    db,
    close: async () => {
      await db.destroy();
      await dropTestDatabase(url);
    },
  };
}

import { DataSourceOptions } from 'typeorm';
import { migrationOptions } from './migration-options';

/** What an entity list holds: the entity classes the app registers (each domain exports its list from `@quorum/<domain>/entities`). */
export type EntityList = NonNullable<DataSourceOptions['entities']>;

export function dataSourceOptions(url: string, entities: EntityList, poolSize = 10): DataSourceOptions {
  return { ...migrationOptions(url, poolSize), entities } as DataSourceOptions;
}

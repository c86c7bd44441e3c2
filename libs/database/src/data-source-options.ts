import { DataSourceOptions } from 'typeorm';
import { ALL_ENTITIES } from './all-entities';
import { migrationOptions } from './migration-options';

export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return { ...migrationOptions(url, poolSize), entities: ALL_ENTITIES } as DataSourceOptions;
}

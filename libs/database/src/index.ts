export * from './data-source-options';
export * from './database-admin';
export * from './pending-schema-changes';
export * from './run-migrations';
export * from './snake-naming.strategy';
export * from './database.module';
export * from './migration-options';

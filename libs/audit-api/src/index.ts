export * from './audit-api.module';
export * from './dto/audit-log.args';
export * from './types/audit-entry.type';

export * from './audit-entry.entity';

import { AuditEntryEntity } from './audit-entry.entity';

/** This domain's TypeORM entities, for the apps' data sources (`DatabaseModule.forRoot`). */
export const AUDIT_ENTITIES = [AuditEntryEntity];

import { AuditEntryEntity } from './entities/audit-entry.entity';

export const AUDIT_ENTITIES = [AuditEntryEntity];

import { Module } from '@nestjs/common';
import { AuditEntryRepository } from './repositories/audit-entry.repository';
import { AuditLogResolver } from './resolvers/audit-log.resolver';
import { AuditChainVerifier } from './services/audit-chain-verifier';
import { AuditLogReader } from './services/audit-log.reader';
import { AuditLog } from './services/audit-log.service';

const SERVICES = [AuditLog, AuditChainVerifier, AuditLogReader];

/** Services only: imported by every domain that appends, and by the CLI and the worker. */
@Module({ providers: [AuditEntryRepository, ...SERVICES], exports: SERVICES })
export class AuditCoreModule {}

/** The GraphQL surface of the log (`auditLog`, `auditHead`), for the API. */
@Module({ imports: [AuditCoreModule], providers: [AuditLogResolver] })
export class AuditModule {}

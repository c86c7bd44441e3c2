import { Module } from '@nestjs/common';
import { AuditChainVerifier } from './services/audit-chain-verifier';
import { AuditLogReader } from './services/audit-log.reader';
import { AuditLog } from './services/audit-log.service';

const SERVICES = [AuditLog, AuditChainVerifier, AuditLogReader];

/** Services only: imported by every domain that appends, and by the CLI and the worker. */
@Module({ providers: SERVICES, exports: SERVICES })
export class AuditCoreModule {}

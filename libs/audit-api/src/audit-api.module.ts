import { Module } from '@nestjs/common';
import { AuditCoreModule } from '@quorum/audit';
import { AuditLogResolver } from './resolvers/audit-log.resolver';

/**
 * The GraphQL surface of the audit log, for the API. Apart from libs/audit
 * because it needs @quorum/identity's access decorators, while identity itself
 * appends to the log: one lib would make an import cycle.
 */
@Module({ imports: [AuditCoreModule], providers: [AuditLogResolver] })
export class AuditApiModule {}

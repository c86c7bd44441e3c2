import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { AuthenticatedUser, CurrentUser, Public, Role } from '@quorum/access';
import { Connection, mapConnection } from '@quorum/common';
import { AuditLogArgs } from '../dto/audit-log.args';
import { AuditLogReader } from '../services/audit-log.reader';
import { AuditEntryConnection, AuditEntryType } from '../types/audit-entry.type';
import { AuditHeadType } from '../types/audit-head.type';

function isStaff(user: AuthenticatedUser | null): boolean {
  return user?.role === Role.STAFF || user?.role === Role.ADMIN;
}

/** Staff read the whole log; residents and the public, the entries about public content. */
@Resolver()
export class AuditLogResolver {
  constructor(
    private readonly reader: AuditLogReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => AuditEntryConnection, { description: 'Newest first. Staff see every entry; others the public ones.' })
  async auditLog(
    @Args() args: AuditLogArgs,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<Connection<AuditEntryType>> {
    const staff = isStaff(user);
    const page = await this.reader.list({ ...args, publicOnly: !staff });
    const viewer = { staff, pseudonymSecret: this.config.audit.pseudonymSecret };
    return mapConnection(page, (entry) => AuditEntryType.from(entry, viewer));
  }

  @Public()
  @Query(() => AuditHeadType, {
    description: 'The last entry of the chain now: save it to detect a rewritten history later.',
  })
  auditHead(): Promise<AuditHeadType> {
    return this.reader.head();
  }
}

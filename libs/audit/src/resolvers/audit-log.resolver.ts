import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { AuthenticatedUser, CurrentUser, Public, Role, Roles } from '@quorum/access';
import { Connection, mapConnection } from '@quorum/common';
import { AuditLogArgs } from '../dto/audit-log.args';
import { AuditChainVerifier } from '../services/audit-chain-verifier';
import { AuditLogReader } from '../services/audit-log.reader';
import { AuditChainStatusType } from '../types/audit-chain-status.type';
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
    private readonly verifier: AuditChainVerifier,
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

  // Staff: it reads the whole log (and checks the actors behind pseudonyms with the key); the public recompute it themselves from auditLog.
  @Roles(Role.STAFF)
  @Query(() => AuditChainStatusType, {
    description: 'Staff: recompute the whole chain now; intact, or the first entry where it breaks.',
  })
  async auditChainStatus(): Promise<AuditChainStatusType> {
    const checkedAt = new Date();
    return AuditChainStatusType.from(await this.verifier.verify(), checkedAt);
  }
}

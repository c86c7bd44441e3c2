import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuditHeadType, AuditLogReader } from '@quorum/audit';
import { Connection } from '@quorum/common';
import { AuthenticatedUser, CurrentUser, Public, Role } from '@quorum/identity';
import { AuditLogArgs } from '../dto/audit-log.args';
import { AuditEntryConnection, AuditEntryType } from '../types/audit-entry.type';

function isStaff(user: AuthenticatedUser | null): boolean {
  return user?.role === Role.STAFF || user?.role === Role.ADMIN;
}

/** Staff read the whole log; residents and the public, the entries about public content. */
@Resolver()
export class AuditLogResolver {
  constructor(private readonly reader: AuditLogReader) {}

  @Public()
  @Query(() => AuditEntryConnection, { description: 'Newest first. Staff see every entry; others the public ones.' })
  async auditLog(
    @Args() args: AuditLogArgs,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<Connection<AuditEntryType>> {
    const page = await this.reader.list({ ...args, publicOnly: !isStaff(user) });
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: AuditEntryType.from(e.node) })) };
  }

  @Public()
  @Query(() => AuditHeadType, {
    description: 'The last entry of the chain now: save it to detect a rewritten history later.',
  })
  auditHead(): Promise<AuditHeadType> {
    return this.reader.head();
  }
}

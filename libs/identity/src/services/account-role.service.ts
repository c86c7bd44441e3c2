import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@quorum/access';
import { AuditLog, staffActor } from '@quorum/audit';
import { Connection, mapConnection, NotFoundException } from '@quorum/common';
import { DataSource } from 'typeorm';
import { UserEntity } from '../entities/user.entity';
import { identityErrors } from '../errors/identity.exception';
import { AccountAdminRepository } from '../repositories/account-admin.repository';

export interface ManagedAccount {
  user: UserEntity;
  verified: boolean;
}

/**
 * Accounts and roles, for admins (issue #21, point 7). A role takes effect at
 * the account's next request (the authenticator reads it from the database).
 */
@Injectable()
export class AccountRoleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountAdminRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(
    filter: { search?: string | null; role?: Role | null },
    first: number,
    after?: string | null,
  ): Promise<Connection<ManagedAccount>> {
    const manager = this.dataSource.manager;
    const page = await this.accounts.page(manager, filter, first, after);
    const verified = await this.accounts.verifiedAmong(
      manager,
      page.edges.map((e) => e.node.id),
    );
    return mapConnection(page, (user) => ({ user, verified: verified.has(user.id) }));
  }

  /** Recorded in the audit log (staff only: who holds which role is not public); the same role again is a no-op. */
  async setRole(userId: string, role: Role, adminId: string): Promise<ManagedAccount> {
    if (userId === adminId) throw identityErrors.ownRole();
    return this.dataSource.transaction(async (manager) => {
      const user = await this.accounts.lockManaged(manager, userId);
      if (!user) throw new NotFoundException('User', userId);
      const from = user.role;
      if (from !== role) {
        await this.accounts.setRole(manager, userId, role);
        await this.audit.append(manager, {
          actor: staffActor(adminId),
          action: 'identity.account-role',
          subjectType: 'account',
          subjectId: userId,
          isPublic: false,
          payload: { from, to: role },
        });
        user.role = role;
      }
      const verified = await this.accounts.verifiedAmong(manager, [userId]);
      return { user, verified: verified.has(userId) };
    });
  }
}

import { Injectable } from '@nestjs/common';
import { Role } from '@quorum/access';
import { Connection, newestFirstPage } from '@quorum/common';
import { EntityManager } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

/** `%` and `_` typed by the admin are searched as themselves. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The accounts admins manage: every account with an address (not erased, not a refused sign-up's). */
@Injectable()
export class AccountAdminRepository {
  page(
    manager: EntityManager,
    filter: { search?: string | null; role?: Role | null },
    first: number,
    after?: string | null,
  ): Promise<Connection<UserEntity>> {
    const query = manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.email IS NOT NULL AND u.erased_at IS NULL');
    const search = filter.search?.trim();
    if (search)
      query.andWhere(`(u.email ILIKE :pattern ESCAPE '\\' OR u.display_name ILIKE :pattern ESCAPE '\\')`, {
        pattern: likePattern(search),
      });
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    return newestFirstPage(query, first, after);
  }

  /** Which of these accounts verified their residency. */
  async verifiedAmong(manager: EntityManager, userIds: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: { user_id: string }[] = await manager.query(
      `SELECT user_id FROM residency_verifications WHERE user_id = ANY($1::uuid[])`,
      [userIds],
    );
    return new Set(rows.map((r) => r.user_id));
  }

  /** The account, locked for the change; null when missing, erased or without an address. */
  lockManaged(manager: EntityManager, userId: string): Promise<UserEntity | null> {
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .where('u.id = :userId AND u.email IS NOT NULL AND u.erased_at IS NULL', { userId })
      .getOne();
  }

  async setRole(manager: EntityManager, userId: string, role: Role): Promise<void> {
    await manager.getRepository(UserEntity).update({ id: userId }, { role });
  }
}

import { Injectable } from '@nestjs/common';
import { Role } from '@quorum/access';
import { ForbiddenException, NotFoundException } from '@quorum/common';
import { EntityManager } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

/**
 * Blocking a resident, inside the caller's transaction (moderation blocks an
 * author and records it in one commit). A blocked account's token stops
 * working at once: the authenticator refuses blocked accounts.
 */
@Injectable()
export class AccountBlockService {
  /** Idempotent: blocking twice keeps the first date. Staff and admins are never blocked this way. */
  async blockResident(manager: EntityManager, userId: string): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ blockedAt: () => 'coalesce(blocked_at, now())' })
      .where('id = :userId AND role = :role', { userId, role: Role.RESIDENT })
      .execute();
    if (result.affected) return;
    if (!(await manager.existsBy(UserEntity, { id: userId }))) throw new NotFoundException('User', userId);
    throw new ForbiddenException('Only resident accounts can be blocked');
  }
}

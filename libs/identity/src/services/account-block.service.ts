import { Injectable } from '@nestjs/common';
import { ForbiddenException, NotFoundException } from '@quorum/common';
import { EntityManager } from 'typeorm';
import { UserEntity } from '../entities/user.entity';
import { AccountRepository } from '../repositories/account.repository';

/**
 * Blocking a resident, inside the caller's transaction (moderation blocks an
 * author and records it in one commit). A blocked account's token stops
 * working at once: the authenticator refuses blocked accounts.
 */
@Injectable()
export class AccountBlockService {
  constructor(private readonly accounts: AccountRepository) {}

  /** Idempotent: blocking twice keeps the first date. Staff and admins are never blocked this way. */
  async blockResident(manager: EntityManager, userId: string): Promise<void> {
    if (await this.accounts.blockResident(manager, userId)) return;
    if (!(await manager.existsBy(UserEntity, { id: userId }))) throw new NotFoundException('User', userId);
    throw new ForbiddenException('Only resident accounts can be blocked');
  }
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import { AccountErasureParticipant, AccountErasureRegistry, ErasureRequest } from '@quorum/privacy';
import { EntityManager } from 'typeorm';
import { BudgetFollowRepository } from '../repositories/budget-follow.repository';

/**
 * What erasing an account does to budgets: the budgets it followed are
 * forgotten. Ballots and participations stay (counted, and already anonymous:
 * a participation names its voter by a keyed hash).
 */
@Injectable()
export class BudgetsErasureParticipant implements AccountErasureParticipant, OnModuleInit {
  readonly domain = 'budgets';

  constructor(
    private readonly registry: AccountErasureRegistry,
    private readonly follows: BudgetFollowRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async eraseAccount(manager: EntityManager, { userId }: ErasureRequest): Promise<void> {
    await this.follows.deleteOfUser(manager, userId);
  }
}

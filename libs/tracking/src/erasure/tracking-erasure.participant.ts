import { Injectable, OnModuleInit } from '@nestjs/common';
import { AccountErasureParticipant, AccountErasureRegistry, ErasureRequest } from '@quorum/privacy';
import { EntityManager } from 'typeorm';
import { FollowerRepository } from '../repositories/follower.repository';

/** An erased account follows nothing any more. */
@Injectable()
export class TrackingErasureParticipant implements AccountErasureParticipant, OnModuleInit {
  readonly domain = 'tracking';

  constructor(
    private readonly registry: AccountErasureRegistry,
    private readonly followers: FollowerRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async eraseAccount(manager: EntityManager, request: ErasureRequest): Promise<void> {
    await this.followers.erase(manager, request.userId);
  }
}

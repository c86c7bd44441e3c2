import { Injectable, OnModuleInit } from '@nestjs/common';
import { RetentionParticipant, RetentionRegistry } from '@quorum/privacy';
import { SessionService } from './session.service';

/** Expired website sessions no longer sign anyone in; their rows (dates of visits) go too. */
@Injectable()
export class SessionsRetentionParticipant implements RetentionParticipant, OnModuleInit {
  readonly domain = 'identity';

  constructor(
    private readonly registry: RetentionRegistry,
    private readonly sessions: SessionService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async purgeExpired(): Promise<Record<string, number>> {
    return { expiredSessionsPurged: await this.sessions.purgeExpired() };
  }
}

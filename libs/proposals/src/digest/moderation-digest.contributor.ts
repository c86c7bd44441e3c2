import { Injectable, OnModuleInit } from '@nestjs/common';
import { StaffDigestContributor, StaffDigestFigures, StaffDigestRegistry } from '@quorum/mail';
import { ModerationRepository } from '../repositories/moderation.repository';

/** The staff digest's moderation line: reported proposals and comments awaiting a staff decision. */
@Injectable()
export class ModerationDigestContributor implements StaffDigestContributor, OnModuleInit {
  readonly domain = 'proposals';

  constructor(
    private readonly registry: StaffDigestRegistry,
    private readonly moderations: ModerationRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(): Promise<StaffDigestFigures> {
    return { moderationQueue: await this.moderations.awaitingDecision() };
  }
}

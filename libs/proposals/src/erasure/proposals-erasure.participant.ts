import { Injectable, OnModuleInit } from '@nestjs/common';
import { AccountErasureParticipant, AccountErasureRegistry, ErasureRequest } from '@quorum/privacy';
import { EntityManager } from 'typeorm';
import { ProposalFollowRepository } from '../repositories/proposal-follow.repository';
import { ResidentDataRepository } from '../repositories/resident-data.repository';

/** Shown in place of a contribution its author asked to delete. */
export const ERASED_CONTRIBUTION_TITLE = 'Contribution supprimée par son auteur';

/**
 * What erasing an account does to proposals, comments, supports and the
 * moderation reports the resident filed. Authors are shown through their
 * account, which erasure already renames "Ancien participant".
 *
 * Deleting contributions redacts and hides them rather than deleting rows:
 * other residents' supports, comments, replies and the official answer hang on
 * them, and every count (support_count, supports_used, report_count) stays exact.
 */
@Injectable()
export class ProposalsErasureParticipant implements AccountErasureParticipant, OnModuleInit {
  readonly domain = 'proposals';

  constructor(
    private readonly registry: AccountErasureRegistry,
    private readonly data: ResidentDataRepository,
    private readonly follows: ProposalFollowRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async eraseAccount(manager: EntityManager, { userId, deleteContributions }: ErasureRequest): Promise<void> {
    // Drafts were never public and can no longer be published: nothing depends on them.
    await this.data.deleteDrafts(manager, userId);
    // What it followed is nobody else's concern.
    await this.follows.deleteOfUser(manager, userId);
    // Reports stay counted (the queue and the auto-hide depend on them); their free-text details go.
    await this.data.clearReportDetails(manager, userId);
    // Supports stay, like ballots: they carry no identity once the account is anonymous, and removing
    // them would change results other residents see and free the support limit of a census-bound account.
    if (!deleteContributions) return;
    await this.data.redactContributions(manager, userId, ERASED_CONTRIBUTION_TITLE);
  }
}

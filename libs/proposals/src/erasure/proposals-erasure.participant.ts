import { Injectable, OnModuleInit } from '@nestjs/common';
import { AccountErasureParticipant, AccountErasureRegistry, ErasureRequest } from '@quorum/identity';
import { EntityManager } from 'typeorm';

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

  constructor(private readonly registry: AccountErasureRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async eraseAccount(manager: EntityManager, { userId, deleteContributions }: ErasureRequest): Promise<void> {
    // Drafts were never public and can no longer be published: nothing depends on them.
    await manager.query(`DELETE FROM proposals WHERE author_id = $1 AND state = 'DRAFT'`, [userId]);
    // Reports stay counted (the queue and the auto-hide depend on them); their free-text details go.
    await manager.query(`UPDATE content_reports SET details = NULL WHERE reporter_id = $1`, [userId]);
    // Supports stay, like ballots: they carry no identity once the account is anonymous, and removing
    // them would change results other residents see and free the support limit of a census-bound account.
    if (!deleteContributions) return;
    await manager.query(
      `UPDATE proposals SET title = $2, body = '', address = NULL, latitude = NULL, longitude = NULL,
              withdrawal_reason = NULL, hidden_at = coalesce(hidden_at, now())
        WHERE author_id = $1`,
      [userId, ERASED_CONTRIBUTION_TITLE],
    );
    await manager.query(
      `UPDATE proposal_comments SET body = '', hidden_at = coalesce(hidden_at, now()) WHERE author_id = $1`,
      [userId],
    );
  }
}

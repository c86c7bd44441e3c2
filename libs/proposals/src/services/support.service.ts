import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundException } from '@quorum/common';
import { ConsultationService, PhaseKind } from '@quorum/consultations';
import { AuthenticatedUser } from '@quorum/identity';
import { DataSource, EntityManager } from 'typeorm';
import { ProposalEntity } from '../entities/proposal.entity';
import { proposalErrors } from '../errors/proposal.exception';
import { AnswerStatus } from '../types/answer-status.enum';
import { ProposalState } from '../types/proposal-state.enum';
import { lockParticipant } from './participant-lock';

/**
 * Supports are exact under any concurrency, by the database alone:
 * - the resident's participant row is locked first, so one resident's requests queue;
 * - the unique index on (proposal_id, user_id) forbids a second support;
 * - counts change with `x = x ± 1` in the same transaction as the support row.
 */
@Injectable()
export class SupportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consultations: ConsultationService,
  ) {}

  /** Idempotent: supporting twice leaves one support. */
  async support(proposalId: string, user: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await this.supportableProposal(manager, proposalId);
      const consultation = await this.consultations.assertPhaseOpen(
        proposal.consultationId,
        PhaseKind.SUPPORTS,
        manager,
      );
      const used = await lockParticipant(manager, consultation.id, user.id);
      if (await this.hasSupported(manager, proposalId, user.id)) return;
      if (consultation.supportLimit > 0 && used >= consultation.supportLimit)
        throw proposalErrors.supportLimitReached(consultation.supportLimit);
      await manager.query(`INSERT INTO proposal_supports (proposal_id, user_id) VALUES ($1, $2)`, [
        proposalId,
        user.id,
      ]);
      // Re-checked under the row lock: a rejection or hiding may have committed since the read above.
      const [updated] = await manager.query(
        `UPDATE proposals SET support_count = support_count + 1
          WHERE id = $1 AND state = 'PUBLISHED' AND hidden_at IS NULL AND answer_status IS DISTINCT FROM 'REJECTED'
          RETURNING id`,
        [proposalId],
      );
      if (updated.length === 0) throw proposalErrors.notSupportable();
      await this.addUsed(manager, consultation.id, user.id, 1);
    });
  }

  /** Idempotent: withdrawing a support one never gave changes nothing. */
  async withdraw(proposalId: string, user: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await manager.getRepository(ProposalEntity).findOneBy({ id: proposalId });
      if (!proposal) throw new NotFoundException('Proposal', proposalId);
      await this.consultations.assertPhaseOpen(proposal.consultationId, PhaseKind.SUPPORTS, manager);
      await lockParticipant(manager, proposal.consultationId, user.id);
      const [deleted] = await manager.query(
        `DELETE FROM proposal_supports WHERE proposal_id = $1 AND user_id = $2 RETURNING id`,
        [proposalId, user.id],
      );
      if (deleted.length === 0) return;
      await manager.query(`UPDATE proposals SET support_count = support_count - 1 WHERE id = $1`, [proposalId]);
      await this.addUsed(manager, proposal.consultationId, user.id, -1);
    });
  }

  private async supportableProposal(manager: EntityManager, proposalId: string): Promise<ProposalEntity> {
    const proposal = await manager.getRepository(ProposalEntity).findOneBy({ id: proposalId });
    if (!proposal || proposal.state === ProposalState.DRAFT) throw new NotFoundException('Proposal', proposalId);
    if (proposal.answerStatus === AnswerStatus.REJECTED) throw proposalErrors.rejected();
    if (proposal.state !== ProposalState.PUBLISHED || proposal.hiddenAt) throw proposalErrors.notSupportable();
    return proposal;
  }

  private async hasSupported(manager: EntityManager, proposalId: string, userId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM proposal_supports WHERE proposal_id = $1 AND user_id = $2`, [
      proposalId,
      userId,
    ]);
    return rows.length > 0;
  }

  private async addUsed(manager: EntityManager, consultationId: string, userId: string, delta: number): Promise<void> {
    await manager.query(
      `UPDATE consultation_participants SET supports_used = supports_used + $3 WHERE consultation_id = $1 AND user_id = $2`,
      [consultationId, userId, delta],
    );
  }
}

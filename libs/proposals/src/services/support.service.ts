import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthenticatedUser } from '@quorum/access';
import { NotFoundException } from '@quorum/common';
import { ConsultationService, PhaseKind } from '@quorum/consultations';
import { ResidencyService } from '@quorum/identity';
import { DataSource, EntityManager } from 'typeorm';
import { isVisibleTo } from '../domain/content-visibility';
import { ProposalEntity } from '../entities/proposal.entity';
import { proposalErrors } from '../errors/proposal.exception';
import { AnswerStatus } from '../types/answer-status.enum';
import { ProposalState } from '../types/proposal-state.enum';
import { ParticipantRepository } from '../repositories/participant.repository';
import { SupportRepository } from '../repositories/support.repository';

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
    private readonly participants: ParticipantRepository,
    private readonly supports: SupportRepository,
    private readonly residency: ResidencyService,
  ) {}

  /** Idempotent: supporting twice leaves one support. */
  async support(proposalId: string, user: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await this.supportableProposal(manager, proposalId, user);
      const consultation = await this.consultations.assertPhaseOpen(
        proposal.consultationId,
        PhaseKind.SUPPORTS,
        manager,
      );
      // Who may take part (population, ages): refused with NOT_ELIGIBLE and the reason, before anything is written.
      await this.residency.assertEligible(manager, user.id, consultation);
      const used = await this.participants.lock(manager, consultation.id, user.id);
      if (await this.supports.exists(manager, proposalId, user.id)) return;
      if (consultation.supportLimit > 0 && used >= consultation.supportLimit)
        throw proposalErrors.supportLimitReached(consultation.supportLimit);
      await this.supports.insert(manager, proposalId, user.id);
      // Re-checked under the row lock: a rejection or hiding may have committed since the read above.
      if (!(await this.supports.countSupportIfSupportable(manager, proposalId))) throw proposalErrors.notSupportable();
      await this.participants.addSupportsUsed(manager, consultation.id, user.id, 1);
    });
  }

  /** Idempotent: withdrawing a support one never gave changes nothing. */
  async withdraw(proposalId: string, user: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await manager.getRepository(ProposalEntity).findOneBy({ id: proposalId });
      if (!proposal || !isVisibleTo(proposal, user)) throw new NotFoundException('Proposal', proposalId);
      await this.consultations.assertPhaseOpen(proposal.consultationId, PhaseKind.SUPPORTS, manager);
      await this.participants.lock(manager, proposal.consultationId, user.id);
      if (!(await this.supports.delete(manager, proposalId, user.id))) return;
      await this.supports.uncountSupport(manager, proposalId);
      await this.participants.addSupportsUsed(manager, proposal.consultationId, user.id, -1);
    });
  }

  /** A proposal the caller may not see does not exist for them: NOT_FOUND, not a reason it cannot be supported. */
  private async supportableProposal(
    manager: EntityManager,
    proposalId: string,
    user: AuthenticatedUser,
  ): Promise<ProposalEntity> {
    const proposal = await manager.getRepository(ProposalEntity).findOneBy({ id: proposalId });
    if (!proposal || !isVisibleTo(proposal, user)) throw new NotFoundException('Proposal', proposalId);
    if (proposal.answerStatus === AnswerStatus.REJECTED) throw proposalErrors.rejected();
    if (proposal.state !== ProposalState.PUBLISHED || proposal.hiddenAt) throw proposalErrors.notSupportable();
    return proposal;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthenticatedUser } from '@quorum/access';
import { AuditLog } from '@quorum/audit';
import { ForbiddenException, NotFoundException } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { ConsultationService, PhaseKind } from '@quorum/consultations';
import { Outbox, requestOpenDataWithdrawal } from '@quorum/queue';
import { DataSource, Not } from 'typeorm';
import { SubmitProposalInput } from '../dto/submit-proposal.input';
import { UpdateProposalInput } from '../dto/update-proposal.input';
import { WithdrawProposalInput } from '../dto/withdraw-proposal.input';
import { ProposalEntity } from '../entities/proposal.entity';
import { proposalErrors } from '../errors/proposal.exception';
import { ProposalState } from '../types/proposal-state.enum';
import { ModerationRepository } from '../repositories/moderation.repository';
import { ParticipantRepository } from '../repositories/participant.repository';
import { ProposalRepository } from '../repositories/proposal.repository';
import { ContentType } from '../types/content-type.enum';
import { ProposalFollowService } from './proposal-follow.service';
import { ProposalReader } from './proposal-reader.service';
import { ProposalReferencesValidator } from './proposal-references';

/** What authors do with their proposals: submit, edit, publish a draft, withdraw. */
@Injectable()
export class ProposalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly consultations: ConsultationService,
    private readonly references: ProposalReferencesValidator,
    private readonly participants: ParticipantRepository,
    private readonly reader: ProposalReader,
    private readonly moderations: ModerationRepository,
    private readonly followers: ProposalFollowService,
    private readonly proposals: ProposalRepository,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  async submit(input: SubmitProposalInput, author: AuthenticatedUser): Promise<ProposalEntity> {
    await this.references.assertValid(input.consultationId, input);
    return this.dataSource.transaction(async (manager) => {
      const consultation = await this.consultations.assertPhaseOpen(input.consultationId, PhaseKind.PROPOSALS, manager);
      await this.participants.lock(manager, consultation.id, author.id);
      // After the lock: a second copy of the same submission waits for the first, then finds it.
      if (input.submissionId) {
        const sent = await manager
          .getRepository(ProposalEntity)
          .findOneBy({ authorId: author.id, submissionId: input.submissionId });
        if (sent) return sent;
      }
      const limit = consultation.proposalLimit ?? this.config.participation.proposalsPerResidentPerConsultation;
      const submitted = await manager
        .getRepository(ProposalEntity)
        .countBy({ consultationId: consultation.id, authorId: author.id, state: Not(ProposalState.WITHDRAWN) });
      if (submitted >= limit) throw proposalErrors.proposalLimitReached(limit);
      const draft = input.draft === true;
      return manager.getRepository(ProposalEntity).save({
        consultationId: consultation.id,
        authorId: author.id,
        title: input.title,
        body: input.body,
        categoryId: input.categoryId ?? null,
        districtId: input.districtId ?? null,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        address: input.address ?? null,
        state: draft ? ProposalState.DRAFT : ProposalState.PUBLISHED,
        publishedAt: draft ? null : new Date(),
        submissionId: input.submissionId ?? null,
      });
    });
  }

  /**
   * The lock condition sits in the UPDATE itself: a support or an answer
   * committed a microsecond earlier holds the row lock first, and this
   * statement then sees its effect and changes nothing.
   */
  async update(input: UpdateProposalInput, author: AuthenticatedUser): Promise<ProposalEntity> {
    const proposal = await this.ownProposal(input.proposalId, author);
    await this.references.assertValid(proposal.consultationId, input);
    const { proposalId: _id, ...fields } = input;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (!(await this.proposals.updateIfEditable(proposal.id, changes))) throw proposalErrors.locked();
    // Edited after staff restored it: their review covered the old text only.
    await this.moderations.reopenReview({ targetType: ContentType.PROPOSAL, targetId: proposal.id });
    return this.dataSource.getRepository(ProposalEntity).findOneByOrFail({ id: proposal.id });
  }

  async publishDraft(proposalId: string, author: AuthenticatedUser): Promise<ProposalEntity> {
    const proposal = await this.ownProposal(proposalId, author);
    return this.dataSource.transaction(async (manager) => {
      await this.consultations.assertPhaseOpen(proposal.consultationId, PhaseKind.PROPOSALS, manager);
      const result = await manager
        .getRepository(ProposalEntity)
        .update(
          { id: proposal.id, state: ProposalState.DRAFT },
          { state: ProposalState.PUBLISHED, publishedAt: new Date() },
        );
      if (!result.affected) throw proposalErrors.locked();
      return manager.getRepository(ProposalEntity).findOneByOrFail({ id: proposal.id });
    });
  }

  async withdraw(input: WithdrawProposalInput, author: AuthenticatedUser): Promise<ProposalEntity> {
    const proposal = await this.ownProposal(input.proposalId, author);
    const { reason } = input;
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .getRepository(ProposalEntity)
        .update(
          { id: proposal.id, state: ProposalState.PUBLISHED },
          { state: ProposalState.WITHDRAWN, withdrawalReason: reason },
        );
      if (!result.affected) throw proposalErrors.locked();
      // A proposal is withdrawn once (never published again), so the event is the proposal's.
      await this.followers.tell(manager, {
        eventKey: `proposal-withdrawn:${proposal.id}`,
        proposal,
        status: 'WITHDRAWN',
        text: reason,
      });
      // The author acted on their own proposal: a staff-only entry, naming no one, as the hides that also remove content are.
      const entry = await this.audit.append(manager, {
        actor: { kind: 'RESIDENT', id: null },
        action: 'proposal.withdraw',
        subjectType: 'proposal',
        subjectId: proposal.id,
        isPublic: false,
      });
      // A withdrawn proposal leaves the open data, but older versions of its files still hold it: rebuilt or withdrawn.
      await requestOpenDataWithdrawal(this.outbox, manager, entry.action, entry.sequence);
      return manager.getRepository(ProposalEntity).findOneByOrFail({ id: proposal.id });
    });
  }

  /** Someone else's draft or hidden proposal does not exist for the caller (NOT_FOUND); a visible one is FORBIDDEN. */
  private async ownProposal(id: string, author: AuthenticatedUser): Promise<ProposalEntity> {
    await this.reader.findVisible(id, author);
    const proposal = await this.dataSource.getRepository(ProposalEntity).findOneBy({ id });
    if (!proposal) throw new NotFoundException('Proposal', id);
    if (proposal.authorId !== author.id) throw new ForbiddenException('Only its author may change a proposal');
    return proposal;
  }
}

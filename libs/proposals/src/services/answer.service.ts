import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, staffActor, textSha256 } from '@quorum/audit';
import { NotFoundException } from '@quorum/common';
import { JobName, Outbox } from '@quorum/queue';
import { DataSource, EntityManager } from 'typeorm';
import { AnswerProposalInput } from '../dto/answer-proposal.input';
import { ProposalAnswerEntity } from '../entities/proposal-answer.entity';
import { ProposalEntity } from '../entities/proposal.entity';
import { proposalErrors } from '../errors/proposal.exception';
import { AnswerStatus } from '../types/answer-status.enum';
import { ProposalState } from '../types/proposal-state.enum';
import { ProposalFollowService } from './proposal-follow.service';

/** Official answers: saved, then published; the published status is copied onto the proposal. */
@Injectable()
export class AnswerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly followers: ProposalFollowService,
    private readonly outbox: Outbox,
  ) {}

  async answer(input: AnswerProposalInput, staffId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await manager
        .getRepository(ProposalEntity)
        .findOne({ where: { id: input.proposalId }, lock: { mode: 'pessimistic_write' } });
      if (!proposal || proposal.state === ProposalState.DRAFT)
        throw new NotFoundException('Proposal', input.proposalId);
      if (proposal.state === ProposalState.WITHDRAWN) throw proposalErrors.locked();
      const publish = input.publish !== false;
      await manager.getRepository(ProposalAnswerEntity).upsert(
        {
          proposalId: proposal.id,
          status: input.status,
          answer: input.answer,
          answeredById: staffId,
          publishedAt: publish ? new Date() : null,
        },
        ['proposalId'],
      );
      await manager.getRepository(ProposalEntity).update(proposal.id, { answerStatus: publish ? input.status : null });
      // A saved answer is staff-only until published; the text is committed to by its digest.
      const entry = await this.audit.append(manager, {
        actor: staffActor(staffId),
        action: publish ? 'proposal.answer.publish' : 'proposal.answer.save',
        subjectType: 'proposal',
        subjectId: proposal.id,
        isPublic: publish,
        payload: { status: input.status, answerSha256: textSha256(input.answer) },
      });
      if (publish)
        await this.followers.tell(manager, {
          eventKey: `proposal-answer:${proposal.id}:${entry.sequence}`,
          proposal,
          status: input.status,
          text: input.answer,
        });
      if (publish) await this.trackIfAccepted(manager, proposal.id, input.status, entry.sequence);
    });
  }

  async publish(proposalId: string, staffId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const answer = await manager
        .getRepository(ProposalAnswerEntity)
        .findOne({ where: { proposalId }, lock: { mode: 'pessimistic_write' } });
      if (!answer) throw new NotFoundException('Answer', proposalId);
      await manager
        .getRepository(ProposalAnswerEntity)
        .update(proposalId, { publishedAt: answer.publishedAt ?? new Date() });
      await manager.getRepository(ProposalEntity).update(proposalId, { answerStatus: answer.status });
      const entry = await this.audit.append(manager, {
        actor: staffActor(staffId),
        action: 'proposal.answer.publish',
        subjectType: 'proposal',
        subjectId: proposalId,
        isPublic: true,
        payload: { status: answer.status, answerSha256: textSha256(answer.answer) },
      });
      // Told once, when first published (publishing again an answer already public changes nothing residents see).
      if (!answer.publishedAt) {
        const proposal = await manager.getRepository(ProposalEntity).findOneByOrFail({ id: proposalId });
        await this.followers.tell(manager, {
          eventKey: `proposal-answer:${proposalId}:${entry.sequence}`,
          proposal,
          status: answer.status,
          text: answer.answer,
        });
      }
      await this.trackIfAccepted(manager, proposalId, answer.status, entry.sequence);
    });
  }

  /**
   * A published ACCEPTED answer is followed to completion (libs/tracking, which
   * reads the proposal through this library); named by the publication's audit
   * entry, so a later re-acceptance is a job of its own.
   */
  private async trackIfAccepted(
    manager: EntityManager,
    proposalId: string,
    status: AnswerStatus,
    sequence: string | number,
  ): Promise<void> {
    if (status !== AnswerStatus.ACCEPTED) return;
    await this.outbox.add(
      manager,
      JobName.TRACK_OUTCOME,
      { proposalId },
      { jobId: `track-proposal-${proposalId}-${sequence}` },
    );
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, staffActor, textSha256 } from '@quorum/audit';
import { NotFoundException } from '@quorum/common';
import { DataSource } from 'typeorm';
import { AnswerProposalInput } from '../dto/answer-proposal.input';
import { ProposalAnswerEntity } from '../entities/proposal-answer.entity';
import { ProposalEntity } from '../entities/proposal.entity';
import { proposalErrors } from '../errors/proposal.exception';
import { ProposalState } from '../types/proposal-state.enum';

/** Official answers: saved, then published; the published status is copied onto the proposal. */
@Injectable()
export class AnswerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
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
      await this.audit.append(manager, {
        actor: staffActor(staffId),
        action: publish ? 'proposal.answer.publish' : 'proposal.answer.save',
        subjectType: 'proposal',
        subjectId: proposal.id,
        isPublic: publish,
        payload: { status: input.status, answerSha256: textSha256(input.answer) },
      });
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
      await this.audit.append(manager, {
        actor: staffActor(staffId),
        action: 'proposal.answer.publish',
        subjectType: 'proposal',
        subjectId: proposalId,
        isPublic: true,
        payload: { status: answer.status, answerSha256: textSha256(answer.answer) },
      });
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    });
  }

  async publish(proposalId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const answer = await manager
        .getRepository(ProposalAnswerEntity)
        .findOne({ where: { proposalId }, lock: { mode: 'pessimistic_write' } });
      if (!answer) throw new NotFoundException('Answer', proposalId);
      await manager
        .getRepository(ProposalAnswerEntity)
        .update(proposalId, { publishedAt: answer.publishedAt ?? new Date() });
      await manager.getRepository(ProposalEntity).update(proposalId, { answerStatus: answer.status });
    });
  }
}

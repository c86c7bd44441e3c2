import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@quorum/access';
import { IdArg } from '@quorum/common';
import { AnswerProposalInput } from '../dto/answer-proposal.input';
import { AnswerService } from '../services/answer.service';
import { ProposalReader } from '../services/proposal-reader.service';
import { ProposalType } from '../types/proposal.type';

@Resolver(() => ProposalType)
export class AnswerResolver {
  constructor(
    private readonly answers: AnswerService,
    private readonly reader: ProposalReader,
  ) {}

  @Roles(Role.STAFF)
  @Mutation(() => ProposalType, { description: 'Staff: set the official answer; publish: false saves it unpublished.' })
  async answerProposal(
    @Args('input') input: AnswerProposalInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<ProposalType> {
    await this.answers.answer(input, staff.id);
    return this.reload(input.proposalId, staff);
  }

  @Roles(Role.STAFF)
  @Mutation(() => ProposalType, { description: 'Staff: publish a saved answer.' })
  async publishProposalAnswer(
    @IdArg('proposalId') proposalId: string,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<ProposalType> {
    await this.answers.publish(proposalId, staff.id);
    return this.reload(proposalId, staff);
  }

  private async reload(id: string, user: AuthenticatedUser): Promise<ProposalType> {
    const { row, consultation } = await this.reader.findVisible(id, user);
    return ProposalType.from(row, consultation);
  }
}

import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, LimitedWrite } from '@quorum/access';
import { IdArg } from '@quorum/common';
import { SubmitProposalInput } from '../dto/submit-proposal.input';
import { UpdateProposalInput } from '../dto/update-proposal.input';
import { WithdrawProposalInput } from '../dto/withdraw-proposal.input';
import { ProposalReader } from '../services/proposal-reader.service';
import { ProposalService } from '../services/proposal.service';
import { ProposalType } from '../types/proposal.type';

/** Authors' operations; any signed-in resident (the global guard refuses visitors). */
@Resolver(() => ProposalType)
export class ProposalMutationResolver {
  constructor(
    private readonly proposals: ProposalService,
    private readonly reader: ProposalReader,
  ) {}

  @LimitedWrite()
  @Mutation(() => ProposalType, { description: 'During the PROPOSALS phase; published at once unless draft is true.' })
  async submitProposal(
    @Args('input') input: SubmitProposalInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProposalType> {
    return this.reload((await this.proposals.submit(input, user)).id, user);
  }

  @LimitedWrite()
  @Mutation(() => ProposalType, {
    description: 'Until the first support or an official answer (PROPOSAL_LOCKED after).',
  })
  async updateProposal(
    @Args('input') input: UpdateProposalInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProposalType> {
    return this.reload((await this.proposals.update(input, user)).id, user);
  }

  @LimitedWrite()
  @Mutation(() => ProposalType, { description: "Publishes one of the caller's drafts, during the PROPOSALS phase." })
  async publishProposal(@IdArg('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<ProposalType> {
    return this.reload((await this.proposals.publishDraft(id, user)).id, user);
  }

  @LimitedWrite()
  @Mutation(() => ProposalType)
  async withdrawProposal(
    @Args('input') input: WithdrawProposalInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProposalType> {
    return this.reload((await this.proposals.withdraw(input, user)).id, user);
  }

  private async reload(id: string, user: AuthenticatedUser): Promise<ProposalType> {
    const { row, consultation } = await this.reader.findVisible(id, user);
    return ProposalType.from(row, consultation);
  }
}

import { Mutation, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, LimitedWrite, Verified } from '@quorum/access';
import { IdArg } from '@quorum/common';
import { ProposalReader } from '../services/proposal-reader.service';
import { SupportService } from '../services/support.service';
import { ProposalType } from '../types/proposal.type';

@Resolver(() => ProposalType)
export class SupportResolver {
  constructor(
    private readonly supports: SupportService,
    private readonly reader: ProposalReader,
  ) {}

  @Verified()
  @LimitedWrite()
  @Mutation(() => ProposalType, {
    description: 'Verified residents, during the SUPPORTS phase; supporting twice is a no-op.',
  })
  async supportProposal(
    @IdArg('proposalId') proposalId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProposalType> {
    await this.supports.support(proposalId, user);
    const { row, consultation } = await this.reader.findVisible(proposalId, user);
    return ProposalType.from(row, consultation);
  }

  @LimitedWrite()
  @Verified()
  @Mutation(() => ProposalType, { description: 'While the SUPPORTS phase is open.' })
  async withdrawSupport(
    @IdArg('proposalId') proposalId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProposalType> {
    await this.supports.withdraw(proposalId, user);
    const { row, consultation } = await this.reader.findVisible(proposalId, user);
    return ProposalType.from(row, consultation);
  }
}

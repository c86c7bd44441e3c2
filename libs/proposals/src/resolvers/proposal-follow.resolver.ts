import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, LimitedWrite } from '@quorum/access';
import { FollowProposalInput } from '../dto/follow-proposal.input';
import { UnfollowProposalInput } from '../dto/unfollow-proposal.input';
import { ProposalFollowService } from '../services/proposal-follow.service';
import { ProposalType } from '../types/proposal.type';

@Resolver(() => ProposalType)
export class ProposalFollowResolver {
  constructor(private readonly follows: ProposalFollowService) {}

  @LimitedWrite()
  @Mutation(() => ProposalType, {
    description:
      'Signed-in residents: be written to when the town hall publishes its official answer to this proposal, or its author withdraws it (twice is a no-op).',
  })
  async followProposal(
    @Args('input') input: FollowProposalInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProposalType> {
    const { row, consultation } = await this.follows.follow(input.proposalId, user);
    return ProposalType.from(row, consultation);
  }

  @LimitedWrite()
  @Mutation(() => ProposalType, { description: 'Stop following a proposal (a no-op if not followed).' })
  async unfollowProposal(
    @Args('input') input: UnfollowProposalInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProposalType> {
    const { row, consultation } = await this.follows.unfollow(input.proposalId, user);
    return ProposalType.from(row, consultation);
  }
}

import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, ExpensiveRead, LimitedWrite, Public, Verified } from '@quorum/access';
import { CastBallotInput } from '../dto/cast-ballot.input';
import { BallotReceiptService } from '../services/ballot-receipt.service';
import { BallotService } from '../services/ballot.service';
import { BallotInclusionType } from '../types/ballot-inclusion.type';
import { BallotReceiptType } from '../types/ballot-receipt.type';
import { MyBallotType } from '../types/my-ballot.type';

/**
 * A receipt's proof is a few reads by key, but each alias is one more
 * lookup: weighted so that one request holds at most about 20 of them
 * (GRAPHQL_MAX_COMPLEXITY 2000), and limited per caller (@ExpensiveRead).
 */
export const RECEIPT_PROOF_COST = 100;

@Resolver()
export class BallotResolver {
  constructor(
    private readonly ballots: BallotService,
    private readonly receipts: BallotReceiptService,
  ) {}

  @Verified()
  @LimitedWrite()
  @Mutation(() => BallotReceiptType, {
    description: 'Verified residents: vote, or vote again (the last ballot counts) while voting is open.',
  })
  castBallot(
    @Args('input') input: CastBallotInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<BallotReceiptType> {
    return this.ballots.cast({ ...input, userId: user.id });
  }

  @Query(() => MyBallotType, { nullable: true, description: 'Your current ballot in this budget, if you voted.' })
  async myBallot(
    @Args('budgetId', { type: () => ID }) budgetId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MyBallotType | null> {
    const ballot = await this.ballots.mine(budgetId, user.id);
    return ballot ? MyBallotType.from(ballot) : null;
  }

  @Public()
  @ExpensiveRead()
  @Query(() => BallotInclusionType, {
    description: 'Once the result is published: the ballot recorded under this receipt and its Merkle inclusion proof.',
    complexity: RECEIPT_PROOF_COST,
  })
  async ballotReceipt(@Args('receipt') receipt: string): Promise<BallotInclusionType> {
    return BallotInclusionType.from(await this.receipts.prove(receipt));
  }
}

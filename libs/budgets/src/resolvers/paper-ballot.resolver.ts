import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@quorum/access';
import { MarkVotedInPersonInput } from '../dto/mark-voted-in-person.input';
import { PaperBallotEntryInput } from '../dto/paper-ballot-entry.input';
import { RecordPaperBallotsInput } from '../dto/record-paper-ballots.input';
import { InPersonVoteService } from '../services/in-person-vote.service';
import { PaperBallotService } from '../services/paper-ballot.service';
import { PaperBallotBatchType, PaperBallotRefusalType, PaperSheetType } from '../types/paper-ballot-batch.type';

/** Staff at polling places and counting tables: paper sheets and the register of who voted in person. */
@Roles(Role.STAFF)
@Resolver(() => PaperBallotBatchType)
export class PaperBallotResolver {
  constructor(
    private readonly paper: PaperBallotService,
    private readonly inPerson: InPersonVoteService,
  ) {}

  @Mutation(() => PaperBallotBatchType, {
    description:
      'Staff: enter paper sheets of one ballot box while voting is open. Each is checked as castBallot checks a ballot; a sheet breaking a rule is kept as refused. Counts at once unless doubleEntry.',
  })
  async recordPaperBallots(
    @Args('input') input: RecordPaperBallotsInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<PaperBallotBatchType> {
    return PaperBallotBatchType.from(await this.paper.record({ ...input, staffId: staff.id }), staff.id);
  }

  @Mutation(() => PaperBallotBatchType, {
    description:
      'Staff other than the first agent: enter a doubleEntry batch again. Identical, it counts; otherwise it is DIFFERENT, with its differences, until resolvePaperBallotBatch.',
  })
  async recordPaperBallotsSecondEntry(
    @Args('input') input: PaperBallotEntryInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<PaperBallotBatchType> {
    return PaperBallotBatchType.from(await this.paper.secondEntry({ ...input, staffId: staff.id }), staff.id);
  }

  @Mutation(() => PaperBallotBatchType, {
    description: 'Staff: the sheets of a DIFFERENT batch as read again on paper; the batch counts them.',
  })
  async resolvePaperBallotBatch(
    @Args('input') input: PaperBallotEntryInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<PaperBallotBatchType> {
    return PaperBallotBatchType.from(await this.paper.resolve({ ...input, staffId: staff.id }), staff.id);
  }

  @Query(() => [PaperBallotBatchType], { description: "Staff: a budget's paper batches, oldest first." })
  async paperBallotBatches(
    @Args('budgetId', { type: () => ID }) budgetId: string,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<PaperBallotBatchType[]> {
    return (await this.paper.ofBudget(budgetId)).map((b) => PaperBallotBatchType.from(b, staff.id));
  }

  @Query(() => PaperBallotBatchType, { description: 'Staff: one paper batch, with its sheets and differences.' })
  async paperBallotBatch(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<PaperBallotBatchType> {
    return PaperBallotBatchType.from(await this.paper.batch(id), staff.id);
  }

  @ResolveField(() => [PaperSheetType], {
    nullable: true,
    description:
      'The sheets as the batch counts them (or will, once a second entry agrees): the resolution if resolved, else the first entry, in entry order (as refusals and differences index them). While the batch awaits its second entry, only the agent who entered it first may read them: null for others, with PAPER_BATCH_SHEETS_HIDDEN.',
  })
  sheets(@Parent() batch: PaperBallotBatchType, @CurrentUser() staff: AuthenticatedUser): PaperSheetType[] {
    return this.paper.sheetsFor(batch.record, staff.id).map((sheet) => PaperSheetType.from(sheet)!);
  }

  @ResolveField(() => [PaperBallotRefusalType], {
    nullable: true,
    description:
      'Sheets kept as refused, with the rule each breaks. Part of what was entered: hidden as sheets are (PAPER_BATCH_SHEETS_HIDDEN), as accepted and refusedCount are (null).',
  })
  refused(@Parent() batch: PaperBallotBatchType, @CurrentUser() staff: AuthenticatedUser): PaperBallotRefusalType[] {
    return this.paper
      .sheetsFor(batch.record, staff.id)
      .flatMap((s, index) => (s.refusalCode === null ? [] : [{ index, code: s.refusalCode }]));
  }

  @Mutation(() => Boolean, {
    description:
      'Staff at the polling place: mark the person with this census code as having voted in person. True: their paper vote counts. False: the budget is ONLINE_WINS and they already voted online, so the paper vote is set aside (hand out no sheet). A person is marked once.',
  })
  markVotedInPerson(
    @Args('input') input: MarkVotedInPersonInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<boolean> {
    return this.inPerson.markVotedInPerson({ ...input, staffId: staff.id });
  }
}

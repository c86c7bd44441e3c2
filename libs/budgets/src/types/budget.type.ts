import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@quorum/common';
import { BudgetEntity } from '../entities/budget.entity';
import { BallotType } from './ballot-type.enum';
import { BudgetStatus } from './budget-status.enum';
import { TallyRule } from './tally-rule.enum';
import { EqualSharesComparison } from './equal-shares-comparison.enum';
import { PaperPrecedence } from './paper-precedence.enum';
import { EligiblePopulation } from '@quorum/common';

@ObjectType('Budget')
export class BudgetType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => ID, { nullable: true })
  districtId: string | null;

  @Field(() => ID, { nullable: true })
  consultationId: string | null;

  @Field(() => Int, { description: 'Whole euros.' })
  totalAmount: number;

  @Field(() => BallotType)
  ballotType: BallotType;

  @Field(() => Int, { nullable: true })
  minProjects: number | null;

  @Field(() => Int, { nullable: true })
  maxProjects: number | null;

  @Field(() => Int, { nullable: true })
  maxPoints: number | null;

  @Field(() => String, { nullable: true })
  minSpendingShare: string | null;

  @Field(() => TallyRule)
  tallyRule: TallyRule;

  @Field(() => Int, { nullable: true, description: 'GREEDY only: projects scoring less are not funded.' })
  minProjectScore: number | null;

  @Field()
  add1Completion: boolean;

  @Field(() => EqualSharesComparison, {
    nullable: true,
    description: 'EQUAL_SHARES only: the comparison step with greedy, as Wieliczka and Świecie ran it.',
  })
  equalSharesComparison: EqualSharesComparison | null;

  @Field(() => String, {
    nullable: true,
    description:
      'EQUAL_SHARES only: the published seed of the tie-break draw (ties by lowest cost, then most votes, then the SHA-256 of "seed:projectId").',
  })
  tieBreakSeed: string | null;

  @Field(() => PaperPrecedence, {
    nullable: true,
    description:
      "Null: online only. Set: paper ballots are taken too, and this rule decides between a person's two votes.",
  })
  paperPrecedence: PaperPrecedence | null;
  @Field(() => EligiblePopulation, { description: 'Who may vote beyond the age limits.' })
  population: EligiblePopulation;

  @Field(() => Int, {
    nullable: true,
    description: 'Youngest age allowed, reached during the calendar year of the vote.',
  })
  minAge: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Oldest age allowed, reached during the calendar year of the vote.',
  })
  maxAge: number | null;

  @Field(() => ID, { nullable: true })
  voteGroupId: string | null;

  @Field()
  votingOpensAt: Date;

  @Field()
  votingClosesAt: Date;

  @Field(() => BudgetStatus)
  status: BudgetStatus;

  @Field(() => String, { nullable: true, description: 'Staff only: why the last tally attempt failed.' })
  tallyError: string | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  static from(budget: BudgetEntity, staff: boolean): BudgetType {
    const { createdAt: _c, updatedAt: _u, ...fields } = budget;
    return Object.assign(new BudgetType(), fields, { tallyError: staff ? budget.tallyError : null });
  }
}

@ObjectType()
export class BudgetConnection extends ConnectionType(BudgetType, 'Budget') {}

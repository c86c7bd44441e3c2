import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BudgetProjectEntity } from '../entities/budget-project.entity';
import { Feasibility } from './feasibility.enum';

@ObjectType('BudgetProject')
export class BudgetProjectType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  budgetId: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => Int, { description: 'Whole euros.' })
  cost: number;

  @Field(() => ID, { nullable: true })
  districtId: string | null;

  @Field(() => String, { nullable: true })
  category: string | null;

  @Field(() => String, { nullable: true })
  imageUrl: string | null;

  @Field(() => ID, { nullable: true, description: 'The accepted proposal this project came from.' })
  proposalId: string | null;

  @Field(() => Feasibility)
  feasibility: Feasibility;

  @Field(() => String, { nullable: true })
  feasibilityExplanation: string | null;

  @Field({ description: 'Whether residents can vote for it (feasible projects only).' })
  onBallot: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Supporters; null until the result is published (staff: once tallied).',
  })
  votes: number | null;

  static from(project: BudgetProjectEntity, votes: number | null): BudgetProjectType {
    const { budget: _budget, createdAt: _createdAt, ...fields } = project;
    return Object.assign(new BudgetProjectType(), fields, {
      onBallot: project.feasibility === Feasibility.FEASIBLE,
      votes,
    });
  }
}

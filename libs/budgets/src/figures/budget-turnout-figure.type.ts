import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { BudgetStatus } from '../types/budget-status.enum';

/** A budget's turnout on the staff dashboard: against its district's verified residents, or the commune's. */
@ObjectType('BudgetTurnoutFigure')
export class BudgetTurnoutFigureType {
  @Field(() => ID)
  budgetId: string;

  @Field()
  title: string;

  @Field(() => ID, { nullable: true, description: 'The district of a district budget; null for the whole commune.' })
  districtId: string | null;

  @Field(() => BudgetStatus)
  status: BudgetStatus;

  @Field(() => Date)
  votingClosesAt: Date;

  @Field(() => Int, { nullable: true, description: 'Residents who voted; null when 1 to 4.' })
  ballots: number | null;

  @Field(() => Int, { nullable: true, description: 'Verified residents it is measured against; null when 1 to 4.' })
  verifiedResidents: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Ballots over verified residents (0 to 1); null when either figure is withheld or there are none.',
  })
  share: number | null;
}

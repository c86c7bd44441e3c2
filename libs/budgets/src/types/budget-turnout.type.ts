import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Turnout } from '../services/turnout.service';

@ObjectType('BudgetTurnout')
export class BudgetTurnoutType {
  @Field(() => Int, { description: 'Residents who voted (their last ballot counts).' })
  ballots: number;

  @Field(() => Int, { description: 'Verified residents (of the district, for a district budget).' })
  verifiedResidents: number;

  @Field(() => Int, { description: 'Census entries (of the district, for a district budget).' })
  censusSize: number;

  @Field(() => Float, { nullable: true, description: 'ballots / verifiedResidents.' })
  shareOfVerified: number | null;

  @Field(() => Float, { nullable: true, description: 'ballots / censusSize.' })
  shareOfCensus: number | null;

  static from(t: Turnout): BudgetTurnoutType {
    return Object.assign(new BudgetTurnoutType(), t, {
      shareOfVerified: t.verifiedResidents ? t.ballots / t.verifiedResidents : null,
      shareOfCensus: t.censusSize ? t.ballots / t.censusSize : null,
    });
  }
}

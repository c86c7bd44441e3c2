import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Turnout } from '../services/turnout.service';

@ObjectType('BudgetTurnout')
export class BudgetTurnoutType {
  @Field(() => Int, { description: "Ballots that count: online (a resident's last) and paper." })
  ballots: number;

  @Field(() => Int, { description: 'Online ballots that count.' })
  online: number;

  @Field(() => Int, { description: 'Paper ballots of counted batches.' })
  paper: number;

  @Field(() => Int, {
    description:
      'Votes kept out of the tally because the person voted both online and on paper: online ballots (PAPER_WINS) and paper votes (ONLINE_WINS).',
  })
  setAside: number;

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

import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DistrictTurnout } from '../services/district-turnout.service';

@ObjectType('DistrictTurnout', { description: 'The turnout of a city-wide budget in one district.' })
export class DistrictTurnoutType {
  @Field(() => ID)
  districtId: string;

  @Field(() => Int, { description: 'Residents of the district who voted (their last ballot counts).' })
  ballots: number;

  @Field(() => Int, { description: 'Verified residents of the district.' })
  verifiedResidents: number;

  @Field(() => Int, { description: 'Census entries of the district.' })
  censusSize: number;

  @Field(() => Float, { nullable: true, description: 'ballots / verifiedResidents.' })
  shareOfVerified: number | null;

  @Field(() => Float, { nullable: true, description: 'ballots / censusSize.' })
  shareOfCensus: number | null;

  static from(t: DistrictTurnout): DistrictTurnoutType {
    return Object.assign(new DistrictTurnoutType(), t, {
      shareOfVerified: t.verifiedResidents ? t.ballots / t.verifiedResidents : null,
      shareOfCensus: t.censusSize ? t.ballots / t.censusSize : null,
    });
  }
}

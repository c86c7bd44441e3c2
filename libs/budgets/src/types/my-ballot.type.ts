import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { StoredBallot } from '../repositories/ballot.repository';
import { BallotType } from './ballot-type.enum';

@ObjectType('BallotPoints')
export class BallotPointsType {
  @Field(() => ID)
  projectId: string;

  @Field(() => Int)
  points: number;
}

/** A resident's current ballot, as only they can see it. */
@ObjectType('MyBallot')
export class MyBallotType {
  @Field()
  receipt: string;

  @Field(() => [ID], { description: 'APPROVAL and KNAPSACK ballots.' })
  projectIds: string[];

  @Field(() => [BallotPointsType], { description: 'CUMULATIVE ballots.' })
  points: BallotPointsType[];

  @Field(() => [ID], { description: 'ORDINAL ballots, most preferred first.' })
  ranking: string[];

  static from(ballot: StoredBallot): MyBallotType {
    const ids = ballot.projectIds;
    return Object.assign(new MyBallotType(), {
      receipt: ballot.receipt,
      projectIds: ballot.ballotType === BallotType.APPROVAL || ballot.ballotType === BallotType.KNAPSACK ? ids : [],
      points:
        ballot.ballotType === BallotType.CUMULATIVE
          ? ids.map((projectId, i) => ({ projectId, points: ballot.points?.[i] ?? 0 }))
          : [],
      ranking: ballot.ballotType === BallotType.ORDINAL ? ids : [],
    });
  }
}

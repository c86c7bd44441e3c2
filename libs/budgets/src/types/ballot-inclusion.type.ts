import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BallotInclusion } from '../services/ballot-receipt.service';
import { MyBallotType } from './my-ballot.type';

@ObjectType('BallotInclusion', {
  description:
    'A published ballot and its Merkle inclusion proof. Check it yourself: h = SHA-256(0x00 || ballotLine as UTF-8); for each proof hash p, ' +
    'combine as in RFC 9162 §2.1.3.2 with SHA-256(0x01 || left || right); the result must equal merkleRoot, which is published with the budget result.',
})
export class BallotInclusionType {
  @Field(() => ID)
  budgetId: string;

  @Field(() => MyBallotType)
  ballot: MyBallotType;

  @Field({ description: "The ballot's line in the canonical ballots file (.pb): receipt;projects[;points]." })
  ballotLine: string;

  @Field(() => Int, { description: '0-based position among the ballots ordered by receipt.' })
  leafIndex: number;

  @Field(() => Int)
  treeSize: number;

  @Field(() => [String], { description: 'Hex sibling hashes, from the leaf up.' })
  proof: string[];

  @Field(() => String, {
    nullable: true,
    description: 'The root published with the result (BudgetResult.ballotsMerkleRoot).',
  })
  merkleRoot: string | null;

  static from(inclusion: BallotInclusion): BallotInclusionType {
    return Object.assign(new BallotInclusionType(), inclusion, { ballot: MyBallotType.from(inclusion.ballot) });
  }
}

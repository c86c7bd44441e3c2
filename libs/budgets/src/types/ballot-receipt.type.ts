import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('BallotReceipt')
export class BallotReceiptType {
  @Field({ description: "The ballot's random public id, to find it later in the published ballots." })
  receipt: string;
}

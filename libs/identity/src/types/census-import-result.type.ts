import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CensusImportResult')
export class CensusImportResultType {
  @Field(() => ID)
  importId: string;

  @Field(() => Int)
  added: number;

  @Field(() => Int)
  alreadyPresent: number;

  @Field(() => Int)
  malformed: number;

  @Field(() => [Int], { description: 'Line numbers of the first malformed lines.' })
  malformedLines: number[];
}

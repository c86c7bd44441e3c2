import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CensusRefusedLineType } from './census-refused-line.type';

@ObjectType('CensusImportResult')
export class CensusImportResultType {
  @Field(() => ID)
  importId: string;

  @Field(() => Int)
  added: number;

  @Field(() => Int)
  alreadyPresent: number;

  @Field(() => Int, { description: 'Lines refused, all of them counted (`refusedLines` lists the first 100).' })
  malformed: number;

  @Field(() => [Int], { description: 'Line numbers of the first malformed lines.' })
  malformedLines: number[];

  @Field(() => [CensusRefusedLineType], {
    description: 'The first 100 refused lines and why; `malformed` counts them all.',
  })
  refusedLines: CensusRefusedLineType[];
}

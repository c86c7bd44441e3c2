import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CensusLineProblem } from './census-line-problem.enum';

@ObjectType('CensusRefusedLine', { description: 'A line of a census file that was not imported, and why.' })
export class CensusRefusedLineType {
  @Field(() => Int, { description: 'Line number in the file, from 1 (the header line included).' })
  line: number;

  @Field(() => CensusLineProblem)
  problem: CensusLineProblem;
}

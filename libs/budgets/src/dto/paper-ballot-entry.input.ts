import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PaperBallotInput } from './paper-ballot.input';
import { MAX_SHEETS_PER_BATCH } from './record-paper-ballots.input';

/** The sheets of an existing batch, entered again (second entry) or as read again on paper (resolution). */
@InputType()
export class PaperBallotEntryInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  batchId: string;

  @Field(() => [PaperBallotInput], { description: 'In the same order as the first entry.' })
  @IsArray()
  @ArrayMaxSize(MAX_SHEETS_PER_BATCH)
  @ValidateNested({ each: true })
  @Type(() => PaperBallotInput)
  ballots: PaperBallotInput[];
}

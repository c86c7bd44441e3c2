import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PaperBallotInput } from './paper-ballot.input';

/** Sheets per entry: a ballot box's count is entered in several batches beyond this. */
export const MAX_SHEETS_PER_BATCH = 1000;

@InputType()
export class RecordPaperBallotsInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  budgetId: string;

  @Field({ description: 'The ballot box or polling place the sheets come from.' })
  @IsString()
  @MaxLength(200)
  @Matches(/\S/, { message: 'pollingPlace must not be blank' })
  pollingPlace: string;

  @Field(() => [PaperBallotInput], {
    description: `In the order entered (refusals name their index); at most ${MAX_SHEETS_PER_BATCH}.`,
  })
  @IsArray()
  @ArrayMaxSize(MAX_SHEETS_PER_BATCH)
  @ValidateNested({ each: true })
  @Type(() => PaperBallotInput)
  ballots: PaperBallotInput[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Double entry: the batch counts only once another agent enters it identically (false if left out).',
  })
  @IsOptional()
  @IsBoolean()
  doubleEntry?: boolean;
}

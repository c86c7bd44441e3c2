import { Trimmed } from '@quorum/common';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ConsultationFieldsInput, PRINTABLE } from './consultation-fields.input';
import { PhaseInput } from './phase.input';

@InputType()
export class CreateConsultationInput extends ConsultationFieldsInput {
  @Field()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  @Matches(PRINTABLE, { message: 'must be printable text' })
  @Trimmed()
  title: string;

  @Field({ description: 'Markdown.' })
  @IsString()
  @MaxLength(50000)
  description: string;

  @Field(() => [PhaseInput], { description: 'Phases to hold; omitted kinds are skipped.' })
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => PhaseInput)
  phases: PhaseInput[];
}

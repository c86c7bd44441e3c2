import { IsPrintableText, Trimmed } from '@quorum/common';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ConsultationFieldsInput } from './consultation-fields.input';
import { PhaseInput } from './phase.input';

@InputType()
export class CreateConsultationInput extends ConsultationFieldsInput {
  @Field()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  @IsPrintableText()
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

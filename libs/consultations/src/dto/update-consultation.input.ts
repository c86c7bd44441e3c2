import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ConsultationFieldsInput, PRINTABLE } from './consultation-fields.input';
import { PhaseInput } from './phase.input';

@InputType()
export class UpdateConsultationInput extends ConsultationFieldsInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  @Matches(PRINTABLE, { message: 'must be printable text' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50000)
  description?: string;

  @Field(() => [PhaseInput], { nullable: true, description: 'Replaces every phase when given.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => PhaseInput)
  phases?: PhaseInput[];
}

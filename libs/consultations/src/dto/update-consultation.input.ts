import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CreateConsultationInput } from './create-consultation.input';

@InputType({ description: "The creation's fields, each optional; `phases`, when given, replaces every phase." })
export class UpdateConsultationInput extends PartialType(CreateConsultationInput) {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

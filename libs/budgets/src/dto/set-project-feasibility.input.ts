import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Feasibility } from '../types/feasibility.enum';

@InputType()
export class SetProjectFeasibilityInput {
  @Field(() => ID)
  @IsUUID()
  projectId: string;

  @Field(() => Feasibility)
  @IsEnum(Feasibility)
  feasibility: Feasibility;

  @Field({ nullable: true, description: 'Required when UNFEASIBLE: why, for the residents who proposed it.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  explanation?: string;
}

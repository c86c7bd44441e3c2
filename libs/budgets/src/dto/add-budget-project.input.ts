import { Trimmed } from '@quorum/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUrl, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

@InputType()
export class AddBudgetProjectInput {
  @Field(() => ID)
  @IsUUID()
  budgetId: string;

  @Field()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  @Trimmed()
  title: string;

  @Field(() => String, { nullable: true, description: 'Empty if left out.' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @Field(() => Int, { description: 'Whole euros.' })
  @IsInt()
  @Min(1)
  cost: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  districtId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  category?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'] })
  imageUrl?: string;

  @Field(() => ID, { nullable: true, description: 'The accepted proposal this project came from.' })
  @IsOptional()
  @IsUUID()
  proposalId?: string;
}

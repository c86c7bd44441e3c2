import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ConnectionArgs } from '@quorum/common';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { TrackedItemStatus } from '../types/tracked-item-status.enum';

/** The public list's filters. */
@ArgsType()
export class TrackedItemsArgs extends ConnectionArgs {
  @Field(() => [TrackedItemStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(TrackedItemStatus, { each: true })
  statuses?: TrackedItemStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  districtId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  budgetId?: string;

  @Field(() => Int, { nullable: true, description: 'Year of the decision.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2200)
  year?: number;
}

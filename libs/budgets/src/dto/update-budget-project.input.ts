import { Trimmed } from '@quorum/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, IsUrl, IsUUID, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';

/** Set: a value was given (`null` included, which the field's own check then refuses or accepts). */
const given = (_: unknown, value: unknown) => value !== undefined;
/** Set to a value: `null` clears the field. */
const valued = (_: unknown, value: unknown) => value !== undefined && value !== null;

/**
 * Staff: change a project of a draft budget, with the checks of addBudgetProject. A field left out keeps
 * its value; `null` clears the category or the image, and puts back the budget's own district. The
 * proposal a project came from and its feasibility are not changed here (setBudgetProjectFeasibility).
 */
@InputType({
  description:
    'A field left out keeps its value; `null` clears the category or the image. The proposal and the feasibility stay.',
})
export class UpdateBudgetProjectInput {
  @Field(() => ID)
  @IsUUID()
  projectId: string;

  @Field(() => String, { nullable: true })
  @ValidateIf(given)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  @Trimmed()
  title?: string;

  @Field(() => String, { nullable: true })
  @ValidateIf(given)
  @IsString()
  @MaxLength(20000)
  description?: string;

  @Field(() => Int, { nullable: true, description: 'Whole euros.' })
  @ValidateIf(given)
  @IsInt()
  @Min(1)
  cost?: number;

  @Field(() => ID, { nullable: true, description: '`null`: the budget’s own district (none for a city-wide one).' })
  @ValidateIf(valued)
  @IsUUID()
  districtId?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(valued)
  @IsString()
  @MaxLength(80)
  category?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(valued)
  @IsUrl({ protocols: ['https', 'http'] })
  imageUrl?: string | null;
}

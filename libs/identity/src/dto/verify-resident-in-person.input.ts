import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType()
export class VerifyResidentInPersonInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field({ description: 'What was checked, e.g. "ID card and proof of address at the town hall desk".' })
  @IsString()
  @MinLength(5)
  @MaxLength(500)
  reason: string;

  @Field({ nullable: true, description: 'Binds the census entry too, so it cannot verify another account.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  censusCode?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The district of residence checked at the desk, when there is no census entry to give it (it decides who votes in a district's budget).",
  })
  @IsOptional()
  @IsUUID()
  districtId?: string;
}

import { Trimmed } from '@quorum/common';
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
  @Trimmed()
  reason: string;

  @Field({
    description:
      "The person's census identifier, found at the desk: the entry is bound to this account, so it can verify no other (one person, one verified account). Someone missing from the census is added to it first (importCensus).",
  })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  censusCode: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The district of residence checked at the desk, when the census entry does not give one (it decides who votes in a district's budget).",
  })
  @IsOptional()
  @IsUUID()
  districtId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'For someone who does not live in the commune but has a link to it, the link as checked (e.g. "works at the hospital: employer\'s certificate"). Such a person takes part only in budgets and consultations open to ALSO_LINKED. Left out for residents.',
  })
  @IsOptional()
  @IsString()
  @MinLength(5)
  @MaxLength(500)
  @Trimmed()
  linkToArea?: string;
}

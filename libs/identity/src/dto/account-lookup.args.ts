import { IsPrintableText } from '@quorum/common';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class AccountLookupArgs {
  @Field({
    description:
      'An email address (exactly, case aside) or part of a display name (3 characters at least, accents and case aside).',
  })
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  @IsPrintableText()
  search: string;
}

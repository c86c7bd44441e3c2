import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class AccountLookupArgs {
  @Field({
    description:
      'An email address (exactly, case aside) or part of a display name (3 characters at least, accents and case aside).',
  })
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  @Matches(/^[^\p{Cc}\p{Cf}]*\S[^\p{Cc}\p{Cf}]*$/u, { message: 'must be printable text' })
  search: string;
}

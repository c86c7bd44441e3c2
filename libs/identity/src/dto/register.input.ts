import { Trimmed } from '@quorum/common';
import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class RegisterInput {
  @Field()
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field({ description: 'At least PASSWORD_MIN_LENGTH characters (10 by default), not a common password.' })
  @IsString()
  @MaxLength(256)
  password: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  @Matches(/^[^\p{Cc}\p{Cf}]*\S[^\p{Cc}\p{Cf}]*$/u, { message: 'must be printable text' })
  @Trimmed()
  displayName: string;

  @Field({ nullable: true, description: 'Language of the messages sent to the account: "fr" (default) or "en".' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  locale?: 'fr' | 'en';
}

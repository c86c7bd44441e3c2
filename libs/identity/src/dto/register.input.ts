import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsDisplayName } from './display-name.decorator';

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
  @IsDisplayName()
  displayName: string;

  @Field({ nullable: true, description: 'Language of the messages sent to the account: "fr" (default) or "en".' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  locale?: 'fr' | 'en';
}

import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token of the link sent by requestPasswordReset.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token: string;

  @Field({ description: 'At least PASSWORD_MIN_LENGTH characters (10 by default), not a common password.' })
  @IsString()
  @MaxLength(256)
  newPassword: string;
}

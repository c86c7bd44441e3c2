import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field({ description: 'The password in use, to confirm.' })
  @IsString()
  @MaxLength(256)
  currentPassword: string;

  @Field({ description: 'At least PASSWORD_MIN_LENGTH characters, not a common password.' })
  @IsString()
  @MaxLength(256)
  newPassword: string;
}

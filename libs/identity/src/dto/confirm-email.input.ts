import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ConfirmEmailInput {
  @Field({ description: 'The token of the link sent to the address at sign-up.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token: string;
}

import { Trimmed } from '@quorum/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class CreateOpen311ApiKeyInput {
  @Field({ description: 'Who the key is for, e.g. the app or the company.' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  @Matches(/\S/, { message: 'must not be blank' })
  @Trimmed()
  name: string;
}

@InputType()
export class RevokeOpen311ApiKeyInput {
  @Field(() => ID)
  @IsUUID()
  apiKeyId: string;
}

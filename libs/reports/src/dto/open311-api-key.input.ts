import { NotBlank, Trimmed } from '@quorum/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType()
export class CreateOpen311ApiKeyInput {
  @Field({ description: 'Who the key is for, e.g. the app or the company.' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  @NotBlank()
  @Trimmed()
  name: string;
}

@InputType()
export class RevokeOpen311ApiKeyInput {
  @Field(() => ID)
  @IsUUID()
  apiKeyId: string;
}

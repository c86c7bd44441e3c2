import { Trimmed } from '@quorum/common';
import { Field, InputType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class UpdateMyAccountInput {
  @Field({ description: 'The name shown next to my contributions; 2 to 80 printable characters.' })
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  @Matches(/^[^\p{Cc}\p{Cf}]*\S[^\p{Cc}\p{Cf}]*$/u, { message: 'must be printable text' })
  @Trimmed()
  displayName: string;
}

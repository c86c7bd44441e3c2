import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PRINTABLE_MULTILINE } from './proposal-fields';

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => ID, { nullable: true, description: 'The comment replied to; replies cannot be replied to.' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field({ description: 'Markdown, up to 2,000 characters.' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @Matches(PRINTABLE_MULTILINE, { message: 'must be printable text' })
  body: string;
}

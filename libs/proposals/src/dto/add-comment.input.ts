import { IsPrintableMultilineText, NotBlank } from '@quorum/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

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
  @IsPrintableMultilineText()
  @NotBlank()
  body: string;
}

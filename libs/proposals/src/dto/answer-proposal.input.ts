import { IsPrintableMultilineText, NotBlank } from '@quorum/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { AnswerStatus } from '../types/answer-status.enum';

@InputType()
export class AnswerProposalInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => AnswerStatus)
  @IsEnum(AnswerStatus)
  status: AnswerStatus;

  @Field({ description: 'Markdown, public once published.' })
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  @IsPrintableMultilineText()
  @NotBlank()
  answer: string;

  @Field({ nullable: true, defaultValue: true, description: 'False saves the answer without showing it yet.' })
  @IsOptional()
  @IsBoolean()
  publish?: boolean;
}

import { IsPrintableMultilineText } from '@quorum/common';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

/** The same limits as a proposal's body: a preview is never of a text the submission would refuse for its size. */
@ArgsType()
export class PreviewProposalBodyArgs {
  @Field({ description: 'Markdown, up to 10,000 characters.' })
  @IsString()
  @MaxLength(10000)
  @IsPrintableMultilineText()
  body: string;
}

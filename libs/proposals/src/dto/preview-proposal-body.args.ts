import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';
import { PRINTABLE_MULTILINE } from './proposal-fields';

/** The same limits as a proposal's body: a preview is never of a text the submission would refuse for its size. */
@ArgsType()
export class PreviewProposalBodyArgs {
  @Field({ description: 'Markdown, up to 10,000 characters.' })
  @IsString()
  @MaxLength(10000)
  @Matches(PRINTABLE_MULTILINE, { message: 'must be printable text' })
  body: string;
}

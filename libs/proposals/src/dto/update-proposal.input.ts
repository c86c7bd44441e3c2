import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { SubmitProposalInput } from './submit-proposal.input';

@InputType({ description: "The submission's fields, each optional: omitted fields stay; null clears an optional one." })
export class UpdateProposalInput extends PartialType(
  OmitType(SubmitProposalInput, ['consultationId', 'draft', 'submissionId'] as const),
) {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;
}

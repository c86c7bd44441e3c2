import { IsPrintableMultilineText, Trimmed } from '@quorum/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType()
export class WithdrawProposalInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field({ description: 'Shown to residents with the withdrawn proposal.' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  @IsPrintableMultilineText()
  @Trimmed()
  reason: string;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PRINTABLE_MULTILINE } from './proposal-fields';

@InputType()
export class WithdrawProposalInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field({ description: 'Shown to residents with the withdrawn proposal.' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  @Matches(PRINTABLE_MULTILINE, { message: 'must be printable text' })
  reason: string;
}

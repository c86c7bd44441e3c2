import { IsPrintableMultilineText, NotBlank } from '@quorum/common';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Why staff decide as they do: kept in the item's history, its SHA-256 in the audit entry. */
@ArgsType()
export class ModerationDecisionArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "Staff's reason for the decision, up to 1,000 characters: shown in the item's history to staff; the audit entry holds its SHA-256.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @NotBlank()
  @IsPrintableMultilineText()
  reason?: string | null;
}

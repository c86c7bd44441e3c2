import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AnswerFilter } from '../types/answer-filter.enum';
import { ProposalStatus } from '../types/proposal-status.enum';

@InputType()
export class ProposalFilterInput {
  @Field(() => ProposalStatus, { nullable: true, description: "DRAFT lists the caller's own drafts." })
  @IsOptional()
  @IsEnum(ProposalStatus)
  status?: ProposalStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  districtId?: string;

  @Field({ nullable: true, description: 'French full-text search in titles and bodies; accents ignored.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field({
    nullable: true,
    description:
      "True: only the signed-in resident's own proposals (none for visitors); combines with the other filters.",
  })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field(() => AnswerFilter, { nullable: true, description: 'Where the official answer stands (SAVED: staff only).' })
  @IsOptional()
  @IsEnum(AnswerFilter)
  answer?: AnswerFilter;

  @Field({
    nullable: true,
    description:
      "True: only proposals whose supports reached the consultation's non-zero threshold; false: the others.",
  })
  @IsOptional()
  @IsBoolean()
  thresholdReached?: boolean;
}

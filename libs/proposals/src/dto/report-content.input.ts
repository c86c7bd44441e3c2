import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ContentType } from '../types/content-type.enum';
import { ReportReason } from '../types/report-reason.enum';

@InputType()
export class ReportContentInput {
  @Field(() => ContentType)
  @IsEnum(ContentType)
  targetType: ContentType;

  @Field(() => ID)
  @IsUUID()
  targetId: string;

  @Field(() => ReportReason)
  @IsEnum(ReportReason)
  reason: ReportReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  details?: string | null;
}

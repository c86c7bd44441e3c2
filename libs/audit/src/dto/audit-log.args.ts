import { ArgsType, Field } from '@nestjs/graphql';
import { ConnectionArgs } from '@quorum/common';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, MaxLength } from 'class-validator';

/** Filters without GraphQL defaults (kept in code). */
@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'e.g. budget.publish' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;

  @Field({ nullable: true, description: 'e.g. budget' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  subjectType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  subjectId?: string;

  @Field({ nullable: true, description: 'Entries at or after this time.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  occurredFrom?: Date;

  @Field({ nullable: true, description: 'Entries before this time.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  occurredBefore?: Date;
}

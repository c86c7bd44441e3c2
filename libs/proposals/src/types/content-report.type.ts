import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ReportReason } from './report-reason.enum';

/** One active report on a piece of content, as staff see it: never who filed it. */
@ObjectType('ContentReport')
export class ContentReportType {
  @Field(() => ReportReason)
  reason: ReportReason;

  @Field(() => String, { nullable: true })
  details: string | null;

  @Field(() => Date)
  reportedAt: Date;

  @Field(() => Boolean, {
    description:
      'Whether the reporting account was younger than MODERATION_NEW_ACCOUNT_HOURS when it reported (never who it is).',
  })
  fromNewAccount: boolean;
}

@ObjectType('ReportReasonCount')
export class ReportReasonCountType {
  @Field(() => ReportReason)
  reason: ReportReason;

  @Field(() => Int)
  count: number;
}

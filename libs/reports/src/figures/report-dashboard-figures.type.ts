import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { IssueReportStatus } from '../types/issue-report-status.enum';

@ObjectType('ReportStatusFigure')
export class ReportStatusFigureType {
  @Field(() => IssueReportStatus)
  status: IssueReportStatus;

  @Field(() => Int, { nullable: true, description: 'Null when 1 to 4.' })
  count: number | null;
}

@ObjectType('ReportCategoryFigure')
export class ReportCategoryFigureType {
  @Field()
  categoryCode: string;

  @Field()
  categoryName: string;

  @Field(() => Int, { nullable: true, description: 'Reports made; null when 1 to 4.' })
  count: number | null;

  @Field(() => Int, { nullable: true, description: 'Of them, fixed since; null when 1 to 4.' })
  fixed: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median days from the report to its first FIXED status; null when fewer than 5 are fixed.',
  })
  medianDaysToFix: number | null;
}

import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { IssueReportEntity } from '../entities/issue-report.entity';
import { IssueReportStatus } from './issue-report-status.enum';
import { ReportCategoryType } from './report-category.type';

/** A report as anyone may see it: no reporter identity or contact details. */
@ObjectType('IssueReport')
export class IssueReportType {
  @Field(() => ID) id: string;
  @Field(() => ReportCategoryType) category: ReportCategoryType;
  @Field() description: string;
  @Field(() => Float) latitude: number;
  @Field(() => Float) longitude: number;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => ID, { nullable: true }) districtId: string | null;
  @Field(() => String, { nullable: true }) districtName: string | null;
  @Field(() => GraphQLJSONObject) attributes: object;
  @Field(() => IssueReportStatus) status: IssueReportStatus;
  @Field(() => String, { nullable: true }) department: string | null;
  @Field(() => Date, { nullable: true }) expectedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'The original, when this one is a DUPLICATE.' }) duplicateOfId:
    string | null;
  @Field(() => Float, { nullable: true, description: 'Set by nearbyReports.' }) distanceMeters: number | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;

  static from(entity: IssueReportEntity, distanceMeters: number | null = null): IssueReportType {
    return Object.assign(new IssueReportType(), {
      id: entity.id,
      category: ReportCategoryType.from(entity.category!),
      description: entity.description,
      latitude: entity.latitude,
      longitude: entity.longitude,
      address: entity.address,
      districtId: entity.districtId,
      districtName: entity.district?.name ?? null,
      attributes: entity.attributes,
      status: entity.status,
      department: entity.department,
      expectedAt: entity.expectedAt,
      duplicateOfId: entity.duplicateOfId,
      distanceMeters,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

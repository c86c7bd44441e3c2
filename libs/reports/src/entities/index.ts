export * from './issue-report-follow.entity';
export * from './issue-report-update.entity';
export * from './issue-report.entity';
export * from './open311-api-key.entity';
export * from './report-category.entity';
export * from './report-photo.entity';

import { IssueReportFollowEntity } from './issue-report-follow.entity';
import { IssueReportUpdateEntity } from './issue-report-update.entity';
import { IssueReportEntity } from './issue-report.entity';
import { Open311ApiKeyEntity } from './open311-api-key.entity';
import { ReportCategoryEntity } from './report-category.entity';
import { ReportPhotoEntity } from './report-photo.entity';

/** This domain's TypeORM entities, for the apps' data sources (`DatabaseModule.forRoot`). */
export const REPORTS_ENTITIES = [
  ReportCategoryEntity,
  IssueReportEntity,
  IssueReportUpdateEntity,
  ReportPhotoEntity,
  Open311ApiKeyEntity,
  IssueReportFollowEntity,
];

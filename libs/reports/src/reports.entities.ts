import { IssueReportUpdateEntity } from './entities/issue-report-update.entity';
import { IssueReportEntity } from './entities/issue-report.entity';
import { Open311ApiKeyEntity } from './entities/open311-api-key.entity';
import { ReportCategoryEntity } from './entities/report-category.entity';
import { ReportPhotoEntity } from './entities/report-photo.entity';

export const REPORTS_ENTITIES = [
  ReportCategoryEntity,
  IssueReportEntity,
  IssueReportUpdateEntity,
  ReportPhotoEntity,
  Open311ApiKeyEntity,
];

import { Module } from '@nestjs/common';
import { AuditCoreModule } from '@quorum/audit';
import { IdentityCoreModule } from '@quorum/identity';
import { MunicipalityCoreModule } from '@quorum/municipality';
import { ReportsErasureParticipant } from './erasure/reports-erasure.participant';
import { ReportsPersonalDataContributor } from './personal-data/reports-personal-data.contributor';
import { Open311RequestsQuery } from './open311/open311-requests.query';
import { Open311Controller } from './open311/open311.controller';
import { PhotoStorageService } from './photos/photo-storage.service';
import { ReportPhotoController } from './photos/report-photo.controller';
import { IssueReportResolver } from './resolvers/issue-report.resolver';
import { IssueReportUpdateResolver } from './resolvers/issue-report-update.resolver';
import { ReportCategoryResolver } from './resolvers/report-category.resolver';
import { ApiKeyService } from './services/api-key.service';
import { CategoryService } from './services/category.service';
import { IssueReportService } from './services/issue-report.service';
import { NearbyReportsQuery } from './services/nearby-reports.query';
import { ReportLifecycleService } from './services/report-lifecycle.service';
import { TriageReportsQuery } from './services/triage-reports.query';

const SERVICES = [
  CategoryService,
  IssueReportService,
  ReportLifecycleService,
  NearbyReportsQuery,
  TriageReportsQuery,
  PhotoStorageService,
  ApiKeyService,
  Open311RequestsQuery,
  ReportsErasureParticipant,
  ReportsPersonalDataContributor,
];

/** Services only, for the CLI (api keys, demo categories). */
@Module({
  imports: [MunicipalityCoreModule, AuditCoreModule, IdentityCoreModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class ReportsCoreModule {}

/** GraphQL, Open311 and photo routes, for the API. */
@Module({
  imports: [ReportsCoreModule],
  providers: [ReportCategoryResolver, IssueReportResolver, IssueReportUpdateResolver],
  controllers: [Open311Controller, ReportPhotoController],
})
export class ReportsModule {}

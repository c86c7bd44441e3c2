import { Module } from '@nestjs/common';
import { AuditCoreModule } from '@quorum/audit';
import { MailCoreModule } from '@quorum/mail';
import { MunicipalityCoreModule } from '@quorum/municipality';
import { PrivacyContractsModule } from '@quorum/privacy';
import { ReportsErasureParticipant } from './erasure/reports-erasure.participant';
import { ReportsPersonalDataContributor } from './personal-data/reports-personal-data.contributor';
import { ReporterMail } from './mail/reporter-mail';
import { ReportsDigestContributor } from './digest/reports-digest.contributor';
import { IssueReportRepository } from './repositories/issue-report.repository';
import { IssueReportFollowRepository } from './repositories/issue-report-follow.repository';
import { ReportPhotoRepository } from './repositories/report-photo.repository';
import { Open311RequestsRepository } from './repositories/open311-requests.repository';
import { Open311Controller } from './open311/open311.controller';
import { PhotoStorageService } from './photos/photo-storage.service';
import { UploadsOwnershipMarker } from './photos/uploads-ownership';
import { InstallationRepository } from './repositories/installation.repository';
import { ReportPhotoController } from './photos/report-photo.controller';
import { IssueReportResolver } from './resolvers/issue-report.resolver';
import { IssueReportUpdateResolver } from './resolvers/issue-report-update.resolver';
import { ReportCategoryResolver } from './resolvers/report-category.resolver';
import { ReportFollowResolver } from './resolvers/report-follow.resolver';
import { Open311ApiKeyResolver } from './resolvers/open311-api-key.resolver';
import { ReportFiguresRepository } from './figures/report-figures.repository';
import { ReportFiguresResolver } from './figures/report-figures.resolver';
import { ReportsDashboardRepository } from './figures/reports-dashboard.repository';
import { ReportsDashboardResolver } from './figures/reports-dashboard.resolver';
import { ReportsRetentionParticipant } from './retention/reports-retention.participant';
import { ApiKeyService } from './services/api-key.service';
import { CategoryService } from './services/category.service';
import { IssueReportService } from './services/issue-report.service';
import { NearbyReportsRepository } from './repositories/nearby-reports.repository';
import { ReportLifecycleService } from './services/report-lifecycle.service';
import { TriageReportsRepository } from './repositories/triage-reports.repository';

/** Used by this module's services only; the read repositories below also serve the resolvers and Open311. */
const REPOSITORIES = [IssueReportRepository, ReportPhotoRepository, InstallationRepository];

const SERVICES = [
  CategoryService,
  IssueReportService,
  ReportLifecycleService,
  NearbyReportsRepository,
  TriageReportsRepository,
  IssueReportFollowRepository,
  PhotoStorageService,
  ApiKeyService,
  Open311RequestsRepository,
  ReportsErasureParticipant,
  ReportsPersonalDataContributor,
  ReportsRetentionParticipant,
  ReportsDigestContributor,
];

/** Services only, for the CLI (api keys, demo categories). */
@Module({
  imports: [MunicipalityCoreModule, AuditCoreModule, MailCoreModule, PrivacyContractsModule],
  providers: [...REPOSITORIES, ReporterMail, UploadsOwnershipMarker, ...SERVICES],
  exports: SERVICES,
})
export class ReportsCoreModule {}

/** GraphQL, Open311 and photo routes, for the API. */
@Module({
  imports: [ReportsCoreModule],
  providers: [
    ReportCategoryResolver,
    IssueReportResolver,
    IssueReportUpdateResolver,
    ReportFollowResolver,
    ReportFiguresRepository,
    ReportFiguresResolver,
    Open311ApiKeyResolver,
    ReportsDashboardRepository,
    ReportsDashboardResolver,
  ],
  controllers: [Open311Controller, ReportPhotoController],
})
export class ReportsModule {}

import { Module } from '@nestjs/common';
import { IdentityCoreModule } from '@quorum/identity';
import { AccountsController } from './accounts/accounts.controller';
import { MyAccountController } from './accounts/my-account.controller';
import { AssetsController } from './assets/assets.controller';
import { BudgetsController } from './budgets/budgets.controller';
import { ConsultationsController } from './consultations/consultations.controller';
import { ProposalsController } from './proposals/proposals.controller';
import { WebAssets } from './assets/web-assets.service';
import { WebErrors } from './errors/web-errors.service';
import { WebGraphql } from './graphql/web-graphql.service';
import { HomeController } from './home/home.controller';
import { CsrfGuard } from './http/csrf.guard';
import { PageRenderer } from './http/page-renderer.service';
import { SiteIdentityCache } from './http/site-identity';
import { LanguageController } from './i18n/language.controller';
import { LegalController } from './legal/legal.controller';
import { Geocoder } from './reports/geocoder.service';
import { PhotoUploads } from './reports/photo-uploads.service';
import { ReportsController } from './reports/reports.controller';
import { SearchController } from './search/search.controller';
import { MyProposalsController } from './proposals/my-proposals.controller';
import { ProposalEditorController } from './proposals/proposal-editor.controller';
import { StaffAuditController } from './staff/audit/audit.controller';
import { StaffBudgetsController } from './staff/budgets/staff-budgets.controller';
import { PaperBallotsController } from './staff/budgets/paper-ballots.controller';
import { PaperBatchController } from './staff/budgets/paper-batch.controller';
import { VoteGroupsController } from './staff/budgets/vote-groups.controller';
import { CensusController } from './staff/census/census.controller';
import { VerificationController } from './staff/census/verification.controller';
import { DashboardController } from './staff/dashboard/dashboard.controller';
import { StaffConsultationsController } from './staff/consultations/staff-consultations.controller';
import { StaffProposalsController } from './staff/proposals/staff-proposals.controller';
import { ModerationController } from './staff/moderation/moderation.controller';
import { StaffController } from './staff/staff.controller';
import { StaffReportsController } from './staff/reports/staff-reports.controller';
import { OpenDataExportsController } from './staff/admin/open-data-exports.controller';
import { ApiKeysController } from './staff/admin/api-keys.controller';
import { StaffAccountsController } from './staff/admin/accounts.controller';
import { TrackingController } from './tracking/tracking.controller';
import { StaffTrackingController } from './staff/tracking/staff-tracking.controller';

/**
 * The website, served by the API on the same origin as /graphql: pages
 * rendered on the server from typed GraphQL documents run in-process.
 * apps/api also calls `registerWeb` (cookies, CSRF, the session hook).
 */
@Module({
  imports: [IdentityCoreModule],
  controllers: [
    AssetsController,
    LanguageController,
    HomeController,
    AccountsController,
    MyAccountController,
    LegalController,
    SearchController,
    BudgetsController,
    ProposalEditorController,
    MyProposalsController,
    ConsultationsController,
    ProposalsController,
    StaffController,
    ModerationController,
    CensusController,
    VerificationController,
    DashboardController,
    StaffBudgetsController,
    PaperBallotsController,
    PaperBatchController,
    VoteGroupsController,
    StaffAuditController,
    StaffConsultationsController,
    StaffProposalsController,
    ReportsController,
    TrackingController,
    StaffReportsController,
    StaffTrackingController,
    OpenDataExportsController,
    ApiKeysController,
    StaffAccountsController,
  ],
  providers: [WebAssets, WebGraphql, PageRenderer, SiteIdentityCache, WebErrors, CsrfGuard, Geocoder, PhotoUploads],
  exports: [WebErrors],
})
export class WebModule {}

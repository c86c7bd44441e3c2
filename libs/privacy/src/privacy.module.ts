import { Module } from '@nestjs/common';
import { BudgetsCoreModule } from '@quorum/budgets';
import { IdentityCoreModule } from '@quorum/identity';
import { ProposalsCoreModule } from '@quorum/proposals';
import { ReportsCoreModule } from '@quorum/reports';
import { PrivacyErasureParticipant } from './erasure/privacy-erasure.participant';
import { DataExportController } from './http/data-export.controller';
import { BuildDataExportProcessor } from './jobs/build-data-export.processor';
import { PurgeExpiredDataProcessor } from './jobs/purge-expired-data.processor';
import { DataExportResolver } from './resolvers/data-export.resolver';
import { DataExportBuilder } from './services/data-export.builder';
import { DataExportService } from './services/data-export.service';
import { RetentionService } from './services/retention.service';

const SERVICES = [DataExportService, DataExportBuilder, RetentionService, PrivacyErasureParticipant];

/**
 * Residents' rights over their data and retention. Imports every domain that
 * contributes personal data, so that their contributors and erasure steps are
 * registered in whichever process runs this (needs QueueModule).
 */
@Module({
  imports: [IdentityCoreModule, ProposalsCoreModule, ReportsCoreModule, BudgetsCoreModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class PrivacyCoreModule {}

/** requestMyData, myDataExport and the download route, for the API. */
@Module({ imports: [PrivacyCoreModule], providers: [DataExportResolver], controllers: [DataExportController] })
export class PrivacyModule {}

/** The archive builder and the retention purge, for the worker. */
@Module({ imports: [PrivacyCoreModule], providers: [BuildDataExportProcessor, PurgeExpiredDataProcessor] })
export class PrivacyWorkerModule {}

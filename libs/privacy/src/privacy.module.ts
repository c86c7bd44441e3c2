import { Module } from '@nestjs/common';
import { PrivacyContractsModule } from './contracts/privacy-contracts.module';
import { PrivacyErasureParticipant } from './erasure/privacy-erasure.participant';
import { DataExportController } from './http/data-export.controller';
import { BuildDataExportProcessor } from './jobs/build-data-export.processor';
import { PurgeExpiredDataProcessor } from './jobs/purge-expired-data.processor';
import { DataExportRepository } from './repositories/data-export.repository';
import { DataExportResolver } from './resolvers/data-export.resolver';
import { DataExportBuilder } from './services/data-export.builder';
import { DataExportService } from './services/data-export.service';
import { RetentionService } from './services/retention.service';

const SERVICES = [DataExportService, DataExportBuilder, RetentionService, PrivacyErasureParticipant];

/**
 * Residents' rights over their data and retention. Runs what domains
 * registered in PrivacyContractsModule's registries, without importing them:
 * the app module of each process imports the domains that take part (needs QueueModule).
 */
@Module({
  imports: [PrivacyContractsModule],
  providers: [DataExportRepository, ...SERVICES],
  exports: SERVICES,
})
export class PrivacyCoreModule {}

/** requestMyData, myDataExport and the download route, for the API. */
@Module({ imports: [PrivacyCoreModule], providers: [DataExportResolver], controllers: [DataExportController] })
export class PrivacyModule {}

/** The archive builder and the retention purge, for the worker. */
@Module({ imports: [PrivacyCoreModule], providers: [BuildDataExportProcessor, PurgeExpiredDataProcessor] })
export class PrivacyWorkerModule {}

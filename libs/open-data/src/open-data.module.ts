import { Module } from '@nestjs/common';
import { AuditCoreModule } from '@quorum/audit';
import { BudgetsCoreModule } from '@quorum/budgets';
import { OpenDataController } from './controllers/open-data.controller';
import { ExportOpenDataProcessor } from './jobs/export-open-data.processor';
import { NightlyExportScheduler } from './jobs/nightly-export.scheduler';
import { OpenDataResolver } from './resolvers/open-data.resolver';
import { ExportJobs } from './services/export-jobs';
import { OpenDataCatalog } from './services/open-data-catalog';
import { OpenDataExporter } from './services/open-data-exporter';
import { OpenDataPublisher } from './services/open-data-publisher';
import { OpenDataRetention } from './services/open-data-retention';
import { OpenDataWithdrawal } from './services/open-data-withdrawal';
import { OpenDataFileRepository } from './repositories/open-data-file.repository';
import { PublishedSourcesRepository } from './repositories/published-sources.repository';

const SERVICES = [
  OpenDataCatalog,
  OpenDataPublisher,
  OpenDataExporter,
  OpenDataRetention,
  OpenDataWithdrawal,
  ExportJobs,
];

/** Services only (needs QueueModule): for the API, the worker, tests and benchmarks. */
@Module({
  imports: [AuditCoreModule, BudgetsCoreModule],
  providers: [OpenDataFileRepository, PublishedSourcesRepository, ...SERVICES],
  exports: SERVICES,
})
export class OpenDataCoreModule {}

/** The public catalogue and files, and staff's export requests, for the API. */
@Module({
  imports: [OpenDataCoreModule, AuditCoreModule],
  providers: [OpenDataResolver],
  controllers: [OpenDataController],
})
export class OpenDataModule {}

/** The export job and its nightly schedule, for the worker. */
@Module({ imports: [OpenDataCoreModule], providers: [ExportOpenDataProcessor, NightlyExportScheduler] })
export class OpenDataWorkerModule {}

import { DynamicModule, Module } from '@nestjs/common';
import { AuditCoreModule } from '@quorum/audit';
import { BudgetsCoreModule } from '@quorum/budgets';
import { AppConfig, ConfigModule } from '@quorum/config';
import { ConsultationsCoreModule } from '@quorum/consultations';
import { DatabaseModule } from '@quorum/database';
import { IdentityCoreModule } from '@quorum/identity';
import { MunicipalityCoreModule } from '@quorum/municipality';
import { ProposalsCoreModule } from '@quorum/proposals';
import { RedisModule } from '@quorum/queue';
import { ReportsCoreModule } from '@quorum/reports';
import { CLI_ENTITIES } from './cli.entities';
import { CliQueueModule } from './cli-queue.module';
import { DemoBudgetsSeeder } from './seed/demo-budgets.seeder';
import { DemoConsultationSeeder } from './seed/demo-consultation.seeder';
import { DemoReportsSeeder } from './seed/demo-reports.seeder';
import { DemoResidentsSeeder } from './seed/demo-residents.seeder';
import { DemoTerritorySeeder } from './seed/demo-territory.seeder';
import { DemoSeeder } from './seed/demo.seeder';

/** What the database-backed commands need: domain services, no HTTP. */
@Module({})
export class CliCoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliCoreModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(CLI_ENTITIES),
        RedisModule,
        // Outbox only writes a row in the caller's transaction: no queue connection for the CLI.
        CliQueueModule,
        IdentityCoreModule,
        MunicipalityCoreModule,
        AuditCoreModule,
        ReportsCoreModule,
        ConsultationsCoreModule,
        ProposalsCoreModule,
        BudgetsCoreModule,
      ],
      providers: [
        DemoSeeder,
        DemoTerritorySeeder,
        DemoResidentsSeeder,
        DemoConsultationSeeder,
        DemoBudgetsSeeder,
        DemoReportsSeeder,
      ],
    };
  }
}

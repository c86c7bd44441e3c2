import { DynamicModule, Module } from '@nestjs/common';
import { AuditCoreModule } from '@quorum/audit';
import { AppConfig, ConfigModule } from '@quorum/config';
import { DatabaseModule } from '@quorum/database';
import { IdentityCoreModule } from '@quorum/identity';
import { MunicipalityCoreModule } from '@quorum/municipality';
import { Outbox, RedisModule } from '@quorum/queue';
import { ReportsCoreModule } from '@quorum/reports';
import { DemoSeeder } from './seed/demo.seeder';

/** What the database-backed commands need: domain services, no HTTP. */
@Module({})
export class CliCoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliCoreModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(),
        RedisModule,
        IdentityCoreModule,
        MunicipalityCoreModule,
        AuditCoreModule,
        ReportsCoreModule,
      ],
      // Outbox only writes a row in the caller's transaction: no queue connection for the CLI.
      providers: [DemoSeeder, Outbox],
    };
  }
}

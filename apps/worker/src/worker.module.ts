import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BudgetsWorkerModule } from '@quorum/budgets';
import { LoggerModule } from '@quorum/common';
import { AppConfig, ConfigModule } from '@quorum/config';
import { DatabaseModule } from '@quorum/database';
import { IdentityCoreModule } from '@quorum/identity';
import { MailWorkerModule } from '@quorum/mail';
import { OpenDataWorkerModule } from '@quorum/open-data';
import { PrivacyWorkerModule } from '@quorum/privacy';
import { ProposalsCoreModule } from '@quorum/proposals';
import { OutboxRelayModule, QueueModule, RedisModule } from '@quorum/queue';
import { ReportsCoreModule } from '@quorum/reports';
import { TrackingWorkerModule } from '@quorum/tracking';
import { JobHandlerRegistry } from './job-handler-registry';
import { QueueWorkers } from './queue-workers';
import { WORKER_ENTITIES } from './worker.entities';
import { WorkerHealthServer } from './worker-health.server';

/** Only job processors: no HTTP API, no GraphQL. Domains add their processor modules to `imports`. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(config.logLevel, 'worker'),
        DatabaseModule.forRoot(WORKER_ENTITIES),
        RedisModule,
        QueueModule,
        OutboxRelayModule,
        DiscoveryModule,
        BudgetsWorkerModule,
        OpenDataWorkerModule,
        PrivacyWorkerModule,
        MailWorkerModule,
        TrackingWorkerModule,
        // The domains whose personal data the archive gathers and the retention job purges (they register with privacy).
        IdentityCoreModule,
        ProposalsCoreModule,
        ReportsCoreModule,
      ],
      providers: [JobHandlerRegistry, QueueWorkers, WorkerHealthServer],
    };
  }
}

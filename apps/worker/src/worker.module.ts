import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BudgetsWorkerModule } from '@quorum/budgets';
import { LoggerModule } from '@quorum/common';
import { AppConfig, ConfigModule } from '@quorum/config';
import { DatabaseModule } from '@quorum/database';
import { OpenDataWorkerModule } from '@quorum/open-data';
import { PrivacyWorkerModule } from '@quorum/privacy';
import { OutboxRelayModule, QueueModule, RedisModule } from '@quorum/queue';
import { JobHandlerRegistry } from './job-handler-registry';
import { QueueWorkers } from './queue-workers';
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
        DatabaseModule.forRoot(),
        RedisModule,
        QueueModule,
        OutboxRelayModule,
        DiscoveryModule,
        BudgetsWorkerModule,
        OpenDataWorkerModule,
        PrivacyWorkerModule,
      ],
      providers: [JobHandlerRegistry, QueueWorkers, WorkerHealthServer],
    };
  }
}

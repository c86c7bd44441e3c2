import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import { AuditModule } from '@quorum/audit';
import { InputValidationPipe, LoggerModule } from '@quorum/common';
import { AppConfig, ConfigModule } from '@quorum/config';
import { BudgetsModule } from '@quorum/budgets';
import { ConsultationsModule } from '@quorum/consultations';
import { DatabaseModule } from '@quorum/database';
import { IdentityModule } from '@quorum/identity';
import { MailModule } from '@quorum/mail';
import { MunicipalityModule } from '@quorum/municipality';
import { OpenDataModule } from '@quorum/open-data';
import { PrivacyModule } from '@quorum/privacy';
import { ProposalsModule } from '@quorum/proposals';
import { QueueModule, RedisModule } from '@quorum/queue';
import { ReportsModule } from '@quorum/reports';
import { TrackingModule } from '@quorum/tracking';
import { WebModule } from '@quorum/web';
import { Logger } from 'nestjs-pino';
import { API_ENTITIES } from './api.entities';
import { DomainExceptionFilter } from './errors/domain-exception.filter';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthController } from './health/health.controller';

export interface ApiModuleOptions {
  /** Where to write the generated schema; tests write elsewhere to compare with the committed one. */
  schemaFile?: string | boolean;
}

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, options: ApiModuleOptions = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(config.logLevel, 'api'),
        DatabaseModule.forRoot(API_ENTITIES),
        RedisModule,
        QueueModule,
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          inject: [Logger],
          useFactory: (logger: Logger) => graphqlOptions(config, logger, options.schemaFile ?? true),
        }),
        IdentityModule,
        MunicipalityModule,
        ConsultationsModule,
        ProposalsModule,
        ReportsModule,
        BudgetsModule,
        TrackingModule,
        AuditModule,
        OpenDataModule,
        PrivacyModule,
        MailModule,
        WebModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
      ],
    };
  }
}

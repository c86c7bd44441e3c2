import { Injectable, OnModuleDestroy, Type } from '@nestjs/common';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, loadConfig } from '@quorum/config';
import { CliCoreModule } from './cli-core.module';

/**
 * Opens the database-backed context only for commands that need it, so that
 * `tally` and `--help` work without PostgreSQL or Redis.
 */
@Injectable()
export class CliContext implements OnModuleDestroy {
  private context?: INestApplicationContext;
  private loadedConfig?: AppConfig;

  get config(): AppConfig {
    this.loadedConfig ??= loadConfig();
    return this.loadedConfig;
  }

  async get<T>(type: Type<T>): Promise<T> {
    this.context ??= await NestFactory.createApplicationContext(CliCoreModule.forRoot(this.config), {
      logger: ['error', 'warn'],
    });
    return this.context.get(type, { strict: false });
  }

  async onModuleDestroy(): Promise<void> {
    await this.context?.close();
  }
}

import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@quorum/config';
import { Logger } from 'nestjs-pino';
import { ApiModule, ApiModuleOptions } from './api.module';

const BODY_LIMIT_BYTES = 6 * 1024 * 1024;

/** Builds the API application; main.ts and the end-to-end tests share it. */
export async function createApi(config: AppConfig, options: ApiModuleOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ trustProxy: config.http.trustProxy, bodyLimit: BODY_LIMIT_BYTES, logger: false });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config, options), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  return app;
}

import type { IncomingMessage } from 'node:http';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { logOptions, REQUEST_ID_HEADER, requestId } from '@quorum/common';
import { AppConfig } from '@quorum/config';
import { Logger } from 'nestjs-pino';
import { ApiModule, ApiModuleOptions } from './api.module';

const BODY_LIMIT_BYTES = 6 * 1024 * 1024;

/** Builds the API application; main.ts and the end-to-end tests share it. */
export async function createApi(config: AppConfig, options: ApiModuleOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: config.http.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    logger: logOptions(config.logLevel, 'api'),
    genReqId: (req: IncomingMessage) => requestId(req.headers[REQUEST_ID_HEADER]),
  });
  adapter.getInstance().addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config, options), adapter, {
    bufferLogs: true,
  });
  // Report photo uploads (libs/reports); each route sets its own file size limit.
  await app.register(fastifyMultipart);
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  return app;
}

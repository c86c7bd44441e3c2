import type { IncomingMessage } from 'node:http';
import { mkdir } from 'node:fs/promises';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { logOptions, REQUEST_ID_HEADER, requestId } from '@quorum/common';
import { AppConfig } from '@quorum/config';
import { filesDirectory } from '@quorum/open-data';
import { registerWeb } from '@quorum/web';
import { Logger } from 'nestjs-pino';
import { ApiModule, ApiModuleOptions } from './api.module';
import { closeUnreadBodies } from './http/close-unread-bodies';
import { corsDelegator } from './http/cors';
import { RESPONSE_COMPRESSION } from './http/response-compression';
import { securityHeaders } from './http/security-headers';

/** Builds the API application; main.ts and the end-to-end tests share it. */
export async function createApi(config: AppConfig, options: ApiModuleOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: config.http.trustProxy,
    bodyLimit: config.http.bodyLimitBytes,
    logger: logOptions(config.logLevel, 'api'),
    genReqId: (req: IncomingMessage) => requestId(req.headers[REQUEST_ID_HEADER]),
  });
  adapter.getInstance().addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  closeUnreadBodies(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config, options), adapter, {
    bufferLogs: true,
  });
  await app.register(fastifyHelmet, securityHeaders(config));
  await app.register(fastifyCors, { delegator: corsDelegator(config) });
  await app.register(fastifyCompress, RESPONSE_COMPRESSION);
  // The website (libs/web): cookies, CSRF, sessions on its own routes.
  await registerWeb(app, config);
  // Report photo uploads (libs/reports); each route sets its own file size limit.
  await app.register(fastifyMultipart);
  // Open-data files (libs/open-data): only reply.sendFile, no route of its own.
  await mkdir(filesDirectory(config.openData.dir), { recursive: true });
  await app.register(fastifyStatic, { root: filesDirectory(config.openData.dir), serve: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  return app;
}

import type { FastifyCorsOptions, FastifyCorsOptionsDelegateCallback } from '@fastify/cors';
import { AppConfig } from '@quorum/config';
import type { FastifyRequest } from 'fastify';

/** Public data: any web page may read it (GET and HEAD only, never with credentials). */
export const PUBLIC_READ_PREFIXES = ['/open-data', '/open311/v2', '/reports/photos'];

const READS = new Set(['GET', 'HEAD']);

function isPublicRead(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0];
  const method =
    request.method === 'OPTIONS' ? String(request.headers['access-control-request-method'] ?? '') : request.method;
  return READS.has(method.toUpperCase()) && PUBLIC_READ_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

/**
 * CORS per request: public reads are open to every origin; everything else
 * (GraphQL, uploads, Open311 posts) only to the origins in CORS_ORIGINS,
 * none by default. Tokens travel in the Authorization header, never in
 * cookies, so no response allows credentials.
 */
export function corsDelegator(config: AppConfig): FastifyCorsOptionsDelegateCallback {
  const restricted: FastifyCorsOptions = {
    origin: config.http.corsOrigins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  };
  const open: FastifyCorsOptions = { origin: '*', methods: ['GET', 'HEAD'], maxAge: 86400 };
  return (request, callback) => callback(null, isPublicRead(request) ? open : restricted);
}

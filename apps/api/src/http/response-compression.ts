import type { FastifyCompressOptions } from '@fastify/compress';

/**
 * Compression of what the API renders for each request: the website's pages and
 * GraphQL / JSON answers (a proposals list is about 30 KB of HTML, 6 KB
 * compressed). Files compressed ahead of time (the website's assets, open-data
 * files) set their own Content-Encoding and pass through untouched; images and
 * archives are not compressible types. Brotli at quality 4 and gzip at level 6
 * cost a fraction of a millisecond per page, where brotli's default 11 would
 * cost more than the render.
 *
 * Compressed pages that reflect input next to a secret invite BREACH: the only
 * secret in our pages, the CSRF token, is salted anew for every response
 * (@fastify/csrf), so its compressed length tells nothing.
 */
export const RESPONSE_COMPRESSION: FastifyCompressOptions = {
  global: true,
  encodings: ['br', 'gzip'],
  threshold: 1024,
  // Pages up to 64 KB compressed in one call, as the small GraphQL answers are: the plugin's default on two cores
  // (8 KB) sent a proposals list (about 22 KB) through a zlib stream on the thread pool, which cost that page more
  // CPU than its render (the stream, its context and scheduling, measured at twice the process CPU of one call).
  // Brotli 4 holds the event loop about 0.15 ms for such a page; larger ones still stream.
  syncThreshold: 64 * 1024,
  customTypes: /^(text\/html|application\/json|application\/graphql-response\+json)\b/,
};

import type { FastifyHelmetOptions } from '@fastify/helmet';
import { AppConfig } from '@quorum/config';

/**
 * Helmet's headers, with a Content-Security-Policy for what the API serves:
 * JSON, images, files and the open-data page (plain HTML, no script, no style
 * sheet). Nothing may be framed, scripted or posted from a page of ours.
 * GraphiQL (GRAPHQL_IDE, development only) loads scripts from a CDN, so the
 * policy is off when it is on.
 */
export function securityHeaders(config: AppConfig): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: config.graphql.ide
      ? false
      : {
          useDefaults: false,
          directives: {
            defaultSrc: ["'none'"],
            imgSrc: ["'self'"],
            baseUri: ["'none'"],
            formAction: ["'none'"],
            frameAncestors: ["'none'"],
          },
        },
    // Public files and photos are meant to be embedded and fetched by other sites.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    // HSTS only matters over HTTPS, which the reverse proxy terminates; it ignores the header otherwise.
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
  };
}

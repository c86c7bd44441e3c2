import fastifyCookie from '@fastify/cookie';
import fastifyCsrfProtection from '@fastify/csrf-protection';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@quorum/config';
import { acceptsSessionCookie, type QuorumRequest } from '@quorum/access';
import type { FastifyInstance } from 'fastify';
import { WebCookies } from './cookies';
import { isWebRoute } from './web-route.decorators';

/**
 * What the website adds to the HTTP server, before Nest registers its routes:
 * cookies, CSRF tokens (a secret in an HttpOnly cookie, the token in each
 * form, checked by CsrfGuard on every POST), and on the website's routes
 * only (and the API's downloads marked `AcceptsSessionCookie`), the session cookie handed to the Authenticator before the API's
 * guard runs. /graphql never reads the session cookie: another site cannot
 * make a visitor's browser call it signed in.
 */
export async function registerWeb(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const cookies = new WebCookies(config);
  await app.register(fastifyCookie);
  await app.register(fastifyCsrfProtection, { cookieKey: cookies.name('csrf'), cookieOpts: cookies.options() });
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  const sessionCookie = cookies.name('session');
  fastify.addHook('preHandler', async (request) => {
    const config = request.routeOptions.config;
    if (!isWebRoute(config) && !acceptsSessionCookie(config)) return;
    const token = request.cookies?.[sessionCookie];
    if (token) (request as QuorumRequest).quorumSessionToken = token;
  });
}

import { HttpException, Injectable, Logger } from '@nestjs/common';
import { Role } from '@quorum/access';
import { DomainException, expectedFailureOf } from '@quorum/common';
import { h } from 'preact';
import { UnhandledFailure } from '../forms/form';
import { PageDataError } from '../graphql/graphql-failure';
import { WebGraphql } from '../graphql/web-graphql.service';
import type { LayoutDataFragment } from '../graphql/generated/graphql';
import { layoutQuery } from '../layout/layout-data';
import { isWebRoute } from '../http/web-route.decorators';
import { PageRenderer } from '../http/page-renderer.service';
import type { WebReply, WebRequest } from '../http/web-request';
import { links } from '../routes/paths';
import { STAFF_ROUTES, StaffRoute } from '../staff/staff-routes';
import { ERROR_STATUS, ErrorKind, ErrorPage } from './error.page';

/** Sent when a page needs a signed-in visitor: the filter redirects to sign-in, then back. */
export class SignInRequired extends Error {
  constructor() {
    super('Sign in required');
  }
}

/** The start of a handler whose page or action is a signed-in visitor's own (SignInRequired otherwise). */
export function requireSignedIn(req: WebRequest): void {
  if (!req.quorumAuth?.user) throw new SignInRequired();
}

/** The API's prefixes that answer JSON or files, even to a browser. */
const API_PREFIXES = [
  '/graphql',
  '/open311',
  '/open-data',
  '/healthz',
  '/reports/',
  '/municipality/',
  '/my-data/',
  '/assets/',
];

/**
 * Turns whatever stopped a page into a page: the error code (from GraphQL, a
 * guard, Fastify or the CSRF check) chooses which, a 500 tells nothing of
 * the cause but a reference to the logs, and PostgreSQL down gives the
 * maintenance page.
 */
@Injectable()
export class WebErrors {
  private readonly logger = new Logger('Web');

  constructor(
    private readonly pages: PageRenderer,
    private readonly graphql: WebGraphql,
  ) {}

  /** Pages of the site, and addresses no route answers that a browser asked for. */
  handles(req: WebRequest): boolean {
    if (isWebRoute(req.routeOptions?.config)) return true;
    const unrouted = req.routeOptions?.url === undefined;
    const path = req.url.split('?')[0];
    return (
      unrouted &&
      (req.method === 'GET' || req.method === 'HEAD') &&
      /\btext\/html\b/.test(req.headers.accept ?? '') &&
      !API_PREFIXES.some((prefix) => path.startsWith(prefix))
    );
  }

  async render(exception: unknown, req: WebRequest, reply: WebReply): Promise<void> {
    if (exception instanceof SignInRequired || codeOf(exception) === 'UNAUTHENTICATED') {
      return this.pages.redirect(reply, links.signIn(req.url));
    }
    const error = this.classify(exception, req);
    if (error.kind === 'maintenance') reply.header('retry-after', '30');
    if (error.kind === 'rate-limited') reply.header('retry-after', String(error.retryAfterSeconds));
    // PostgreSQL down: no query, the last known commune. Otherwise the frame as any page shows it.
    const layout = error.kind === 'maintenance' ? null : await this.layout(req, reply);
    await this.pages.send(req, reply, layout, h(ErrorPage, { error }), ERROR_STATUS[error.kind]);
  }

  private async layout(req: WebRequest, reply: WebReply): Promise<LayoutDataFragment | null> {
    // An address no route answers never went through the session hook: read the cookie here, to show who is signed in.
    req.quorumSessionToken ??= req.cookies?.[this.pages.cookies.name('session')];
    try {
      return await this.graphql.query(req, reply, layoutQuery);
    } catch {
      return null;
    }
  }

  private classify(exception: unknown, req: WebRequest): ErrorKind {
    const expected = expectedFailureOf(exception);
    const code = expected ? expected.code : codeOf(exception);
    switch (code) {
      case 'NOT_FOUND':
        return { kind: 'not-found' };
      case 'FORBIDDEN':
        return { kind: 'forbidden', audience: staffAudienceOf(req) };
      case 'NOT_VERIFIED':
        return { kind: 'not-verified' };
      case 'CSRF_REJECTED':
        return { kind: 'csrf' };
      case 'RATE_LIMITED':
        return { kind: 'rate-limited', retryAfterSeconds: retryAfterOf(exception) };
      case 'SERVICE_UNAVAILABLE':
        this.logger.warn(`Maintenance page for ${req.method} ${req.url}: ${String(exception)}`);
        return { kind: 'maintenance' };
    }
    const status = statusOf(exception);
    if (status === 404 || status === 405) return { kind: 'not-found' };
    this.logger.error(exception, `Error page for ${req.method} ${req.url} (request ${req.id})`);
    return { kind: 'server', reference: String(req.id) };
  }
}

/** Who a back-office route is for (its role in STAFF_ROUTES), so that its 403 page says it; null elsewhere. */
function staffAudienceOf(req: WebRequest): 'staff' | 'admin' | null {
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const route = (Object.values(STAFF_ROUTES) as StaffRoute[]).find(
    (r) => r.method === method && r.path === req.routeOptions?.url,
  );
  if (!route) return null;
  return route.role === Role.ADMIN ? 'admin' : 'staff';
}

function codeOf(exception: unknown): string | undefined {
  if (exception instanceof PageDataError || exception instanceof UnhandledFailure) return exception.failure.code;
  if (exception instanceof DomainException) return exception.code;
  const code = (exception as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function retryAfterOf(exception: unknown): number {
  const seconds =
    exception instanceof PageDataError || exception instanceof UnhandledFailure
      ? exception.failure.details.retryAfterSeconds
      : exception instanceof DomainException
        ? exception.details?.retryAfterSeconds
        : undefined;
  return typeof seconds === 'number' ? seconds : 60;
}

function statusOf(exception: unknown): number | undefined {
  if (exception instanceof HttpException) return exception.getStatus();
  const status = (exception as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

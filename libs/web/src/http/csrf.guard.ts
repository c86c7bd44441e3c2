import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import Tokens from '@fastify/csrf';
import { PageRenderer } from './page-renderer.service';
import type { WebRequest } from './web-request';

/** A POST whose CSRF token is missing or not this browser's: answered by the "form expired" page (403). */
export class CsrfRejected extends Error {
  readonly code = 'CSRF_REJECTED';
  constructor() {
    super('Invalid or missing CSRF token');
  }
}

/**
 * Checks the token every form carries (`_csrf`, made by @fastify/csrf-protection's
 * `reply.generateCsrf()`) against the secret in this browser's HttpOnly
 * cookie. As a guard, so that a refusal is a page like any other error.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  private readonly tokens = new Tokens({ userInfo: false });

  constructor(private readonly pages: PageRenderer) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<WebRequest>();
    this.verify(req, (req.body as Record<string, unknown> | undefined)?._csrf);
    return true;
  }

  /** Throws CsrfRejected unless `token` was made for this browser's secret. */
  verify(req: WebRequest, token: unknown): void {
    const secret = req.cookies?.[this.pages.cookies.name('csrf')];
    if (!secret || typeof token !== 'string' || !this.tokens.verify(secret, token)) throw new CsrfRejected();
  }
}

import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Multipart } from '@fastify/multipart';
import { CsrfGuard, CsrfRejected } from './csrf.guard';
import type { WebRequest } from './web-request';
import { streamedUploadLimits } from './web-route.decorators';

/** The parts of a multipart form after its `_csrf` field, left for the handler to read. */
export type UploadRequest = WebRequest & { uploadParts?: AsyncIterableIterator<Multipart> };

/**
 * CSRF for a file upload (multipart/form-data), whose body Fastify does not
 * parse: the form puts its `_csrf` field first (browsers send parts in
 * document order), so the token is checked before a byte of the file is
 * read; the handler goes on from the next part, within its route's limits
 * (streamedUploadRoute). A form that is not multipart is checked as any other.
 */
@Injectable()
export class UploadCsrfGuard implements CanActivate {
  constructor(private readonly csrf: CsrfGuard) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<UploadRequest>();
    if (!req.isMultipart()) {
      this.csrf.verify(req, (req.body as Record<string, unknown> | undefined)?._csrf);
      return true;
    }
    const limits = streamedUploadLimits(req.routeOptions.config);
    // A route guarded here without its limits is a mistake in this code, not in the request.
    if (!limits) throw new Error(`${req.routeOptions.url}: a streamed upload needs its limits (streamedUploadRoute)`);
    const { throwFileSizeLimit, ...busboyLimits } = limits;
    // The plugin reads `throwFileSizeLimit` from these options too, though its types leave it out.
    const parts = req.parts({ limits: busboyLimits, throwFileSizeLimit } as Parameters<UploadRequest['parts']>[0]);
    // A body the parser refuses before its first part (a broken boundary) is answered as a form without its token.
    const first = await parts.next().catch(() => {
      throw new CsrfRejected();
    });
    if (first.done || first.value.type !== 'field' || first.value.fieldname !== '_csrf') throw new CsrfRejected();
    this.csrf.verify(req, first.value.value);
    req.uploadParts = parts;
    return true;
  }
}

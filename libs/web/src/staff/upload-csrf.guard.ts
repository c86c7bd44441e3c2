import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Multipart } from '@fastify/multipart';
import { CsrfGuard, CsrfRejected } from '../http/csrf.guard';
import type { WebRequest } from '../http/web-request';

/** The parts of a multipart form after its `_csrf` field, left for the handler to read. */
export type UploadRequest = WebRequest & { uploadParts?: AsyncIterableIterator<Multipart> };

/** Census files are at most what `importCensus` accepts (5 000 000 characters). */
export const MAX_UPLOAD_BYTES = 5_000_000;

/**
 * CSRF for a file upload (multipart/form-data), whose body Fastify does not
 * parse: the form puts its `_csrf` field first (browsers send parts in
 * document order), so the token is checked before a byte of the file is
 * read; the handler goes on from the next part. A form that is not multipart
 * is checked as any other.
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
    const parts = req.parts({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 2, parts: 3 } });
    const first = await parts.next();
    if (first.done || first.value.type !== 'field' || first.value.fieldname !== '_csrf') throw new CsrfRejected();
    this.csrf.verify(req, first.value.value);
    req.uploadParts = parts;
    return true;
  }
}

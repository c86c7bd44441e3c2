import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { CommonErrorCode, DomainException, expectedFailureOf } from '@quorum/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ReportsErrorCode } from '../errors/reports-error-code';
import { render } from './open311-format';

const STATUS: Record<string, number> = {
  [ReportsErrorCode.INVALID_API_KEY]: 403,
  [CommonErrorCode.FORBIDDEN]: 403,
  [CommonErrorCode.UNAUTHENTICATED]: 403,
  [CommonErrorCode.NOT_FOUND]: 404,
  [CommonErrorCode.SERVICE_UNAVAILABLE]: 503,
  [CommonErrorCode.RATE_LIMITED]: 429,
};

/**
 * GeoReport v2 errors: the HTTP status, and a body listing `{code, description}`
 * in the format the URL asked for. Any other domain failure is the client's
 * (400); unexpected ones are logged and reported as 500 without details.
 */
@Catch()
export class Open311ExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Open311');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const [status, description] = this.describe(exception);
    const format = request.url.split('?')[0].endsWith('.xml') ? 'xml' : 'json';
    const { contentType, payload } = render(format, 'errors', [{ code: status, description }]);
    return reply.status(status).header('content-type', contentType).send(payload);
  }

  private describe(exception: unknown): [number, string] {
    const expected = expectedFailureOf(exception);
    if (expected) this.logger.warn(exception);
    const domain = expected ?? exception;
    if (domain instanceof DomainException) return [STATUS[domain.code] ?? 400, domain.message];
    if (exception instanceof HttpException) return [exception.getStatus(), exception.message];
    this.logger.error(exception);
    return [500, 'Internal server error'];
  }
}

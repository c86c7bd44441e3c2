import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { GqlContextType } from '@nestjs/graphql';
import { CommonErrorCode, DomainException, expectedFailureOf } from '@quorum/common';
import { WebErrors } from '@quorum/web';
import type { FastifyReply, FastifyRequest } from 'fastify';

const HTTP_STATUS: Record<string, number> = {
  [CommonErrorCode.NOT_FOUND]: 404,
  [CommonErrorCode.FORBIDDEN]: 403,
  [CommonErrorCode.UNAUTHENTICATED]: 401,
  [CommonErrorCode.VALIDATION_FAILED]: 400,
  [CommonErrorCode.RATE_LIMITED]: 429,
  [CommonErrorCode.CONFLICT]: 409,
  [CommonErrorCode.SERVICE_UNAVAILABLE]: 503,
  // Uploads (report photos).
  UNSUPPORTED_MEDIA: 415,
  PHOTO_TOO_LARGE: 413,
  // Residents' data archives (libs/privacy).
  DATA_EXPORT_NOT_READY: 409,
  DATA_EXPORT_EXPIRED: 410,
};

/**
 * GraphQL errors go on to `formatGraphqlError`; this filter only keeps Nest
 * from logging expected domain failures as crashes, and gives REST routes the
 * same codes with an HTTP status. (REST APIs with a standard error body, like
 * Open311, format their own.)
 */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly web: WebErrors) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    // An unreachable dependency or a value PostgreSQL refused: its code on both surfaces, never a 500.
    const expected = expectedFailureOf(exception);
    if (expected) {
      this.logger.warn(exception);
      exception = expected;
    }
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    // Pages of the website (and unknown addresses a browser asked for) get an error page, not JSON.
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (this.web.handles(request)) return this.web.render(exception, request, reply);
    if (exception instanceof DomainException) {
      return reply
        .status(HTTP_STATUS[exception.code] ?? 422)
        .send({ code: exception.code, message: exception.message, ...exception.details });
    }
    if (exception instanceof HttpException) {
      return reply.status(exception.getStatus()).send({ code: exception.name, message: exception.message });
    }
    this.logger.error(exception);
    return reply.status(500).send({ code: CommonErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' });
  }
}

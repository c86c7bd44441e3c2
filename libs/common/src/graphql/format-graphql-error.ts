import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { CommonErrorCode } from '../errors/common-error-code';
import { DomainException } from '../errors/domain.exception';
import { expectedFailureOf } from '../errors/expected-failure';
import { variableErrorFields } from './variable-error-fields';

export interface ErrorLogger {
  error(object: Record<string, unknown>, message: string): void;
  warn?(object: Record<string, unknown>, message: string): void;
}

/**
 * The one place where errors become what clients see. Domain exceptions keep
 * their code and details; GraphQL's own parse and validation errors become
 * GRAPHQL_VALIDATION_FAILED (with the field, for a variable it could not
 * coerce); expected failures (expectedFailureOf: an unreachable dependency, a
 * value PostgreSQL refused) take their code; anything else is logged and hidden behind
 * INTERNAL_SERVER_ERROR, with no message or stack that could leak internals.
 */
export function formatGraphqlError(error: GraphQLError, logger?: ErrorLogger): GraphQLFormattedError {
  const original = error.originalError;
  const base = { message: error.message, locations: error.locations, path: error.path };
  if (original instanceof DomainException) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (!original || original instanceof GraphQLError) {
    const code = (error.extensions?.code as string | undefined) ?? 'GRAPHQL_VALIDATION_FAILED';
    const fields = variableErrorFields(error.message);
    return { ...base, extensions: fields ? { code, fields } : { code } };
  }
  const expected = expectedFailureOf(original);
  if (expected) {
    logger?.warn?.({ err: original, path: error.path }, `${expected.code} during a GraphQL request`);
    return { ...base, message: expected.message, extensions: { code: expected.code } };
  }
  if (isClientError(original)) {
    return { ...base, extensions: { code: CommonErrorCode.VALIDATION_FAILED } };
  }
  logger?.error({ err: original, path: error.path }, 'Unexpected error in GraphQL resolver');
  return { ...base, message: 'Internal server error', extensions: { code: CommonErrorCode.INTERNAL_SERVER_ERROR } };
}

/** Fastify's refusals of the request itself (body too large, not JSON, `__proto__` keys): the client's doing. */
function isClientError(error: Error): boolean {
  const status = (error as { statusCode?: number }).statusCode;
  return status !== undefined && status >= 400 && status < 500;
}

import { type FieldError, formatGraphqlError } from '@quorum/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';

/** One GraphQL error as the website handles it: its code, and the fields it names. */
export interface GraphqlFailure {
  code: string;
  message: string;
  /** From VALIDATION_FAILED's `extensions.fields`, or a domain error's `extensions.field`. */
  fields: FieldError[];
  /** The rest of `extensions` (retryAfterSeconds, reasons...). */
  details: Record<string, unknown>;
}

interface FormattedError {
  message: string;
  extensions?: Record<string, unknown>;
}

export function toFailure(error: FormattedError): GraphqlFailure {
  const { code, fields, field, ...details } = error.extensions ?? {};
  const named: FieldError[] = Array.isArray(fields) ? (fields as FieldError[]) : [];
  if (typeof field === 'string') named.push({ field, messages: [error.message] });
  return {
    code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR',
    message: error.message,
    fields: named,
    details,
  };
}

/** A page could not get its data: the web error filter turns the code into a page (404, 403, 503...). */
export class PageDataError extends Error {
  constructor(readonly failure: GraphqlFailure) {
    super(`${failure.code}: ${failure.message}`);
    this.name = 'PageDataError';
  }
}

/**
 * Mercurius throws, rather than answers, when variables do not fit their
 * types (a form's text where an Int is declared, a number past 2^31): the
 * same errors, formatted as /graphql formats them (GRAPHQL_VALIDATION_FAILED
 * with the field's path), so that the form shows them at its field instead of
 * the page failing. Anything else is still thrown.
 */
export function refusedVariables(error: unknown): { errors: GraphQLFormattedError[] } {
  const errors = (error as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0 || !errors.every((e) => e instanceof GraphQLError)) throw error;
  return { errors: errors.map((e: GraphQLError) => formatGraphqlError(e)) };
}

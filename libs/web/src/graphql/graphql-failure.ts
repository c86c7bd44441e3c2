import type { FieldError } from '@quorum/common';

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

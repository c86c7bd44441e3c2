/**
 * Base of every expected failure. Each domain subclasses it with its own codes;
 * `format-graphql-error.ts` turns it into `extensions.code`, in one place.
 */
export class DomainException<TCode extends string = string> extends Error {
  constructor(
    readonly code: TCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

import { FieldError } from '../errors/validation-failed.exception';

// graphql-js's wording for variables it cannot coerce (graphql/execution/values.js); stable since v15.
const INVALID_VALUE = /^Variable "\$([^"]+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s;
const NOT_PROVIDED =
  /^Variable "\$([^"]+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.$/;

/** `input.phases[0].startsAt` → `input.phases.0.startsAt`, the dotted form domain validation errors use. */
const dotted = (path: string): string => path.replace(/\[(\d+)\]/g, '.$1');

/**
 * The field a variable-coercion error is about, so that a client can show a
 * bad date or a wrong type beside its form field, as it does for domain
 * validation errors. Null for any other GraphQL error.
 */
export function variableErrorFields(message: string): FieldError[] | null {
  const invalid = INVALID_VALUE.exec(message);
  if (invalid) return [{ field: dotted(invalid[2] ?? invalid[1]), messages: [invalid[3]] }];
  const missing = NOT_PROVIDED.exec(message);
  if (missing) return [{ field: missing[1], messages: ['is required'] }];
  return null;
}

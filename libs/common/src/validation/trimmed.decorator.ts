import { Transform } from 'class-transformer';

/**
 * Surrounding whitespace removed before validation: a title of ten spaces and a letter is one letter long, and
 * a name pasted with a trailing space must not differ from the same name without it. Non-strings pass unchanged,
 * for the validators to refuse.
 */
export const Trimmed = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

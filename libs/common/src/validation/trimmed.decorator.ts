import { Transform } from 'class-transformer';

const trim = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);

/**
 * Surrounding whitespace removed before validation: a title of ten spaces and a letter is one letter long, and
 * a name pasted with a trailing space must not differ from the same name without it. Non-strings pass unchanged,
 * for the validators to refuse. `each` trims every string of a list, as class-validator's `each` checks each item.
 */
export const Trimmed = (options: { each?: boolean } = {}): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (options.each && Array.isArray(value) ? value.map(trim) : trim(value)));

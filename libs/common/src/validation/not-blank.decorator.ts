import { Matches, ValidationOptions } from 'class-validator';

/**
 * At least one visible character, the text otherwise kept as sent: for Markdown bodies, whose leading spaces
 * (an indented block) and line breaks are part of the text, so @Trimmed would change them. A body of spaces and
 * line breaks only is refused, as an empty one is.
 */
export const NotBlank = (options: ValidationOptions = {}): PropertyDecorator =>
  Matches(/\S/, { message: 'must not be blank', ...options });

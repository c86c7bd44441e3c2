import { Matches, ValidationOptions } from 'class-validator';

/** Printable text with at least one visible character: no control or format character (Cc, Cf). */
const PRINTABLE = /^[^\p{Cc}\p{Cf}]*\S[^\p{Cc}\p{Cf}]*$/u;
/** Like PRINTABLE but line breaks and tabs allowed, and possibly blank (bodies, notes). */
const PRINTABLE_MULTILINE = /^[^\p{Cc}\p{Cf}]*(?:[\n\r\t][^\p{Cc}\p{Cf}]*)*$/u;

/** One line of printable text with something visible in it (titles, names, searches). */
export const IsPrintableText = (options: ValidationOptions = {}): PropertyDecorator =>
  Matches(PRINTABLE, { message: 'must be printable text', ...options });

/** Printable text over several lines: line breaks and tabs are the only control characters allowed. */
export const IsPrintableMultilineText = (options: ValidationOptions = {}): PropertyDecorator =>
  Matches(PRINTABLE_MULTILINE, { message: 'must be printable text', ...options });

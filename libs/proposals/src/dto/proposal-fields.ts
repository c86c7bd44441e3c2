/** Printable text with at least one visible character. */
export const PRINTABLE = /^[^\p{Cc}\p{Cf}]*\S[^\p{Cc}\p{Cf}]*$/u;
/** Like PRINTABLE but line breaks and tabs allowed (bodies). */
export const PRINTABLE_MULTILINE = /^[^\p{Cc}\p{Cf}]*(?:[\n\r\t][^\p{Cc}\p{Cf}]*)*$/u;

// C0 control characters other than tab, line feed and carriage return, and DEL: matching them is the point.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// A surrogate without its pair: not Unicode text, and silently replaced by U+FFFD on its way to PostgreSQL.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// The 66 noncharacters (U+FDD0–U+FDEF and the last two code points of every plane): never text anyone
// types, and U+FFFE/U+FFFF are forbidden in XML 1.0, so one of them would break every XML feed it reaches.
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;

export function isUnsafeText(text: string): boolean {
  return CONTROL.test(text) || LONE_SURROGATE.test(text) || NONCHARACTER.test(text);
}

/**
 * Dotted paths of the strings (and object keys) in an argument that are not
 * safe text. PostgreSQL refuses NUL in text (a 500 rather than an answer),
 * and control characters have no place in anything a person types: they
 * only serve to corrupt logs, terminals and exported files.
 */
export function unsafeTextPaths(value: unknown, path: string): string[] {
  if (typeof value === 'string') return isUnsafeText(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => unsafeTextPaths(item, join(path, String(i))));
  if (value === null || typeof value !== 'object' || !isData(value)) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    isUnsafeText(key) ? [join(path, key)] : unsafeTextPaths(item, join(path, key)),
  );
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/** Parsed input (JSON, GraphQL, forms: query-string parsers use their own bare prototypes), not binary or dates. */
function isData(value: object): boolean {
  return !(value instanceof Date) && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer);
}

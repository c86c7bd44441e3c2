/**
 * One domain's messages, French first; the English catalogue must have
 * exactly the same keys (a missing or extra key does not compile). Messages
 * are ICU MessageFormat: `{count, plural, one {# proposition} other {# propositions}}`.
 */
export function defineMessages<const F extends Record<string, string>>(
  fr: F,
  en: { [K in keyof F]: string },
): { fr: F; en: { [K in keyof F]: string } } {
  return { fr, en };
}

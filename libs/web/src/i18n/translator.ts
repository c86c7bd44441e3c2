import { IntlMessageFormat } from 'intl-messageformat';
import { catalogue, MessageKey } from './catalogue';
import { Locale } from './locale';

export type MessageValues = Record<string, string | number | Date>;

const compiled = new Map<string, IntlMessageFormat>();

/** The formats of each language: British English, as the commune's visitors in Europe write dates. */
const INTL_LOCALES: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

function formatOf(locale: Locale, key: MessageKey): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(catalogue[locale][key], INTL_LOCALES[locale]);
    compiled.set(id, format);
  }
  return format;
}

const translators = new Map<string, Translator>();

/**
 * The translator of a language and time zone, made once per process: its Intl formatters cost more to
 * build than a whole page's messages cost to format, and they hold no per-visitor state.
 */
export function translatorFor(locale: Locale, timeZone?: string): Translator {
  const id = `${locale}\u0000${timeZone ?? ''}`;
  let translator = translators.get(id);
  if (!translator) {
    translator = new Translator(locale, timeZone);
    translators.set(id, translator);
  }
  return translator;
}

/** Messages, numbers, amounts and dates in the visitor's language. */
export class Translator {
  private readonly numbers: Intl.NumberFormat;
  private readonly euros: Intl.NumberFormat;
  private readonly dates: Intl.DateTimeFormat;
  private readonly dateTimes: Intl.DateTimeFormat;

  constructor(
    readonly locale: Locale,
    /** The commune's time zone: a vote that closes at midnight closes at its midnight. */
    readonly timeZone = 'Europe/Paris',
  ) {
    const intl = INTL_LOCALES[locale];
    this.numbers = new Intl.NumberFormat(intl);
    this.euros = new Intl.NumberFormat(intl, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    this.dates = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone });
    this.dateTimes = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeStyle: 'short', timeZone });
  }

  t(key: MessageKey, values?: MessageValues): string {
    const text = formatOf(this.locale, key).format(values);
    // Only strings: rich-text (element) arguments are not used by the catalogue.
    return Array.isArray(text) ? text.join('') : String(text);
  }

  number(value: number): string {
    return this.numbers.format(value);
  }

  /** Whole euros, as the API counts them. */
  amount(euros: number): string {
    return this.euros.format(euros);
  }

  date(value: Date | string): string {
    return this.dates.format(new Date(value));
  }

  dateTime(value: Date | string): string {
    return this.dateTimes.format(new Date(value));
  }
}

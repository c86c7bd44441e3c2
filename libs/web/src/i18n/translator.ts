import { Formatters, IntlMessageFormat } from 'intl-messageformat';
import { catalogue, MessageKey } from './catalogue';
import { Locale } from './locale';

export type MessageValues = Record<string, string | number | Date>;

/** The formats of each language: British English, as the commune's visitors in Europe write dates. */
const INTL_LOCALES: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * The Intl formatters of one language's messages, shared by all of them and keyed by the options object
 * the message's syntax tree holds (the same object on every call). intl-messageformat's own cache keys
 * them by JSON.stringify of the arguments on every number, date and plural of every message.
 */
function sharedFormatters(locale: string): Formatters {
  const numbers = new Map<object | undefined, Intl.NumberFormat>();
  const dates = new Map<object | undefined, Intl.DateTimeFormat>();
  const plurals = new Map<string | undefined, Intl.PluralRules>();
  const reuse = <K, V>(cache: Map<K, V>, key: K, make: () => V): V => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make();
      cache.set(key, value);
    }
    return value;
  };
  return {
    getNumberFormat: (_locales, options) => reuse(numbers, options, () => new Intl.NumberFormat(locale, options)),
    getDateTimeFormat: (_locales, options) => reuse(dates, options, () => new Intl.DateTimeFormat(locale, options)),
    getPluralRules: (_locales, options) =>
      reuse(plurals, options?.type, () => new Intl.PluralRules(locale, { type: options?.type })),
  };
}

/** Texts a message with arguments keeps, by its values, before starting again: a page repeats a few of them. */
const RECENT_TEXTS = 256;

/**
 * A message with arguments and the texts it gave lately, by their values (strings and numbers only): a list
 * of twenty cards formats "{count} supports out of {threshold}" and each status twenty times, and formatting
 * a message costs far more than looking its text up.
 */
class MessageWithArguments {
  private readonly recent = new Map<string, string>();

  constructor(private readonly format: IntlMessageFormat) {}

  text(values: MessageValues | undefined): string {
    let id = '';
    for (const name in values) {
      const value = values[name];
      if (typeof value === 'string') id += `${name}\u0000s${value}\u0001`;
      else if (typeof value === 'number') id += `${name}\u0000n${value}\u0001`;
      else return this.formatted(values);
    }
    let text = this.recent.get(id);
    if (text === undefined) {
      text = this.formatted(values);
      if (this.recent.size >= RECENT_TEXTS) this.recent.clear();
      this.recent.set(id, text);
    }
    return text;
  }

  private formatted(values: MessageValues | undefined): string {
    const text = this.format.format(values);
    // Only strings: rich-text (element) arguments are not used by the catalogue.
    return Array.isArray(text) ? text.join('') : String(text);
  }
}

/** A message ready to use: its text when it has no argument. */
type Compiled = string | MessageWithArguments;

const compiled: Record<Locale, Map<MessageKey, Compiled>> = { fr: new Map(), en: new Map() };
const formatters: Record<Locale, Formatters> = {
  fr: sharedFormatters(INTL_LOCALES.fr),
  en: sharedFormatters(INTL_LOCALES.en),
};

/** The text of a message without arguments; undefined when it has some (it cannot be formatted without values). */
function textWithoutArguments(format: IntlMessageFormat): string | undefined {
  try {
    const text = format.format();
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

function compiledOf(locale: Locale, key: MessageKey): Compiled {
  let message = compiled[locale].get(key);
  if (message === undefined) {
    const format = new IntlMessageFormat(catalogue[locale][key], INTL_LOCALES[locale], undefined, {
      formatters: formatters[locale],
    });
    message = textWithoutArguments(format) ?? new MessageWithArguments(format);
    compiled[locale].set(key, message);
  }
  return message;
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

  /** A message (bound: components pass `t` around). */
  readonly t = (key: MessageKey, values?: MessageValues): string => {
    const message = compiledOf(this.locale, key);
    return typeof message === 'string' ? message : message.text(values);
  };

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

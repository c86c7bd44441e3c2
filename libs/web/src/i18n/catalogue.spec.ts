import { parse, TYPE, MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { catalogue, DOMAIN_MESSAGES, MessageKey } from './catalogue';
import { Translator } from './translator';

/** The arguments a message uses, with their kinds (plural, select, number...). */
function argumentsOf(elements: MessageFormatElement[], found = new Map<string, TYPE>()): Map<string, TYPE> {
  for (const element of elements) {
    if ('value' in element && typeof element.value === 'string' && element.type !== TYPE.literal)
      found.set(element.value, element.type);
    if ('options' in element) for (const option of Object.values(element.options)) argumentsOf(option.value, found);
  }
  return found;
}

/** The options of each select argument of a message (its cases, "other" included). */
function selectCases(elements: MessageFormatElement[], found = new Map<string, string[]>()): Map<string, string[]> {
  for (const element of elements) {
    if (element.type === TYPE.select) found.set(element.value, Object.keys(element.options));
    if ('options' in element) for (const option of Object.values(element.options)) selectCases(option.value, found);
  }
  return found;
}

/** Values for every argument of a message, the `round`-th of a few per kind (select: each of its cases in turn). */
function sampleValues(message: string, round: number): Record<string, string | number | Date> {
  const elements = parse(message);
  const cases = selectCases(elements);
  const numbers = [0, 1, 2, 1234.5];
  const values: Record<string, string | number | Date> = {};
  for (const [name, kind] of argumentsOf(elements)) {
    if (kind === TYPE.plural || kind === TYPE.number) values[name] = numbers[round % numbers.length];
    else if (kind === TYPE.date || kind === TYPE.time) values[name] = new Date(Date.UTC(2026, 11, 31, 23, 30));
    else if (kind === TYPE.select) {
      const options = [...cases.get(name)!, 'une-valeur-inconnue'];
      values[name] = options[round % options.length];
    } else values[name] = `valeur ${round}`;
  }
  return values;
}

describe('message catalogues', () => {
  const keys = Object.keys(catalogue.fr) as MessageKey[];

  it('prefix each key with its domain, without two domains sharing one', () => {
    const seen = new Set<string>();
    for (const domain of DOMAIN_MESSAGES) {
      const prefixes = new Set(Object.keys(domain.fr).map((key) => key.split('.')[0]));
      expect(prefixes.size).toBe(1);
      for (const key of Object.keys(domain.fr)) {
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
  });

  it('have the same keys and the same arguments in French and English, all valid ICU', () => {
    expect(Object.keys(catalogue.en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const fr = argumentsOf(parse(catalogue.fr[key]));
      const en = argumentsOf(parse(catalogue.en[key]));
      expect({ key, args: [...en].sort() }).toEqual({ key, args: [...fr].sort() });
    }
  });

  it('format plurals, amounts and dates in the visitor’s language', () => {
    const fr = new Translator('fr');
    const en = new Translator('en');
    expect(fr.t('home.figures.ballots', { count: 1 })).toBe('bulletin de vote');
    expect(fr.t('home.figures.ballots', { count: 0 })).toBe('aucun bulletin');
    expect(en.t('home.figures.ballots', { count: 2 })).toBe('ballots');
    expect(fr.amount(250000).replace(/\s/g, ' ')).toBe('250 000 €');
    expect(en.amount(250000)).toBe('€250,000');
    // Dates are the commune's (Europe/Paris): 23:30 UTC on 31 December is already 1 January there.
    expect(fr.date('2026-12-31T23:30:00Z')).toBe('1 janvier 2027');
    expect(en.date('2026-06-30T12:00:00Z')).toBe('30 June 2026');
  });

  it('format every message as intl-messageformat does, plain text and arguments alike, the first time and the next', () => {
    for (const [locale, intl] of [
      ['fr', 'fr-FR'],
      ['en', 'en-GB'],
    ] as const) {
      const translator = new Translator(locale);
      for (const key of keys) {
        const message = catalogue[locale][key];
        for (let round = 0; round < 6; round++) {
          const values = sampleValues(message, round);
          // A select without an "other" case refuses an unknown value: both must refuse it.
          let expected: string;
          try {
            const formatted = new IntlMessageFormat(message, intl).format(values);
            expected = Array.isArray(formatted) ? formatted.join('') : String(formatted);
          } catch (error) {
            expect(() => translator.t(key, values)).toThrow((error as Error).message);
            continue;
          }
          // Twice: the second text comes from the message's recent texts.
          for (let time = 0; time < 2; time++)
            expect({ key, locale, round, text: translator.t(key, values) }).toEqual({
              key,
              locale,
              round,
              text: expected,
            });
        }
      }
    }
  });
});

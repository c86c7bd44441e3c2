import { parse, TYPE, MessageFormatElement } from '@formatjs/icu-messageformat-parser';
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
});

import { negotiateLocale } from './locale';

describe('negotiateLocale', () => {
  it('keeps the language the visitor chose', () => {
    expect(negotiateLocale('en', 'fr-FR,fr;q=0.9')).toBe('en');
  });

  it('follows Accept-Language by weight, then order', () => {
    expect(negotiateLocale(undefined, 'de-DE,en-GB;q=0.8,fr;q=0.5')).toBe('en');
    expect(negotiateLocale(undefined, 'en;q=0.4,fr;q=0.9')).toBe('fr');
    expect(negotiateLocale(undefined, 'en-US')).toBe('en');
  });

  it('falls back to French for anything else', () => {
    expect(negotiateLocale('de', undefined)).toBe('fr');
    expect(negotiateLocale(undefined, 'de,es;q=0.5')).toBe('fr');
    expect(negotiateLocale(undefined, 'en;q=0')).toBe('fr');
    expect(negotiateLocale(undefined, ';;,garbage')).toBe('fr');
  });
});

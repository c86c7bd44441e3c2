import { isUnsafeText, unsafeTextPaths } from './unsafe-text';

describe('unsafe text', () => {
  it('accepts what people type, in any script, emoji and line breaks included', () => {
    for (const text of ['Réparer la fontaine', 'مرحبا שלום', '🗳️👩🏽‍🦰🇫🇷', 'a\tb\r\nc', '', 'abc\u202Edef'])
      expect(isUnsafeText(text)).toBe(false);
  });

  it('refuses NUL, other control characters, DEL and lone surrogates', () => {
    for (const text of ['a\u0000b', '\u0007', '\u001b[31m', 'x\u007f', 'a\uD800b', '\uDC00', 'a\uD83D'])
      expect(isUnsafeText(text)).toBe(true);
  });

  it('refuses noncharacters, which XML 1.0 forbids (U+FFFE, U+FFFF) or which no one types (issue #14.5)', () => {
    for (const text of ['a\uFFFEb', '\uFFFF', 'x\uFDD0', '\uFDEF', 'plane 1 \u{1FFFE}', '\u{10FFFF}'])
      expect(isUnsafeText(text)).toBe(true);
    for (const text of ['\uFDCF', '\uFDF0', '\uFFFD', '\uFEFF', '\u{1FFFD}', '\u{1F5F3}'])
      expect(isUnsafeText(text)).toBe(false);
  });

  it('names each offending string or key by its path, inside lists and JSON objects', () => {
    const input = { title: 'ok', tags: ['fine', 'bad\u0000'], attributes: { ['k\u0001']: 1, nested: { v: '\uD800' } } };
    expect(unsafeTextPaths(input, 'input')).toEqual([
      'input.tags.1',
      'input.attributes.k\u0001',
      'input.attributes.nested.v',
    ]);
  });
});

import { types } from 'pg';

const UUID_ARRAY = 2951;
const INT4_ARRAY = 1007;

/**
 * Type parsers for the ballots cursor: uuid[] and integer[] as PostgreSQL
 * prints them (`{a,b}`) need no quoting or escapes, so a split does what pg's
 * character-by-character array parser does, which took a quarter of the
 * tally's time on a million ballots. Anything unusual (NULL elements, quotes)
 * still goes through pg's parser, so the values are the same either way.
 */
export const BALLOT_ARRAY_PARSERS = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (format !== 'binary' && oid === UUID_ARRAY) return (text: string) => elements(text, oid, (e) => e);
    if (format !== 'binary' && oid === INT4_ARRAY) return (text: string) => elements(text, oid, Number);
    return types.getTypeParser(oid, format);
  },
};

function elements<T>(text: string, oid: number, parse: (element: string) => T): T[] {
  if (text.includes('"') || text.includes('NULL') || !text.startsWith('{'))
    return types.getTypeParser(oid, 'text')(text) as T[];
  const inner = text.slice(1, -1);
  return inner === '' ? [] : inner.split(',').map(parse);
}

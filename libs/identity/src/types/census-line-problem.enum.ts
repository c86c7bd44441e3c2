import { registerEnumType } from '@nestjs/graphql';

/** Why a census import refused a line. */
export enum CensusLineProblem {
  /** Longer than any code and district name could be; not parsed at all. */
  LINE_TOO_LONG = 'LINE_TOO_LONG',
  /** A quote opened and never closed, or text after a closing quote. */
  BROKEN_QUOTES = 'BROKEN_QUOTES',
  /** More fields than the file's columns (code, district, birth year, registered voter, or as its header names them). */
  TOO_MANY_FIELDS = 'TOO_MANY_FIELDS',
  /** Not 3 to 64 letters, digits, `.`, `/`, `_` or `-` once spaces are removed. */
  INVALID_CODE = 'INVALID_CODE',
  /** A district no district of the municipality has as name or id. */
  UNKNOWN_DISTRICT = 'UNKNOWN_DISTRICT',
  /** A birth year that is not four digits between 1880 and this year. */
  INVALID_BIRTH_YEAR = 'INVALID_BIRTH_YEAR',
  /** A registered-voter flag other than 1/0, oui/non, yes/no, true/false (empty: not said). */
  INVALID_VOTER_FLAG = 'INVALID_VOTER_FLAG',
}

registerEnumType(CensusLineProblem, { name: 'CensusLineProblem', description: 'Why a census import refused a line.' });

import { registerEnumType } from '@nestjs/graphql';

/** Why a census import refused a line. */
export enum CensusLineProblem {
  /** Longer than any code and district name could be; not parsed at all. */
  LINE_TOO_LONG = 'LINE_TOO_LONG',
  /** A quote opened and never closed, or text after a closing quote. */
  BROKEN_QUOTES = 'BROKEN_QUOTES',
  /** More than a code and a district. */
  TOO_MANY_FIELDS = 'TOO_MANY_FIELDS',
  /** Not 3 to 64 letters, digits, `.`, `/`, `_` or `-` once spaces are removed. */
  INVALID_CODE = 'INVALID_CODE',
  /** A district no district of the municipality has as name or id. */
  UNKNOWN_DISTRICT = 'UNKNOWN_DISTRICT',
}

registerEnumType(CensusLineProblem, { name: 'CensusLineProblem', description: 'Why a census import refused a line.' });

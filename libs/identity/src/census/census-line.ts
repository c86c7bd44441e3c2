import { parse } from 'csv-parse/sync';
import { CensusLineProblem } from '../types/census-line-problem.enum';
import { normalizeCensusCode } from './census-code';

export interface CensusLine {
  code: string;
  districtId?: string;
}

const SEPARATORS = [',', ';', '\t'];
/** A code has at most 64 characters and a district name a few dozen: anything far longer is refused unread. */
export const MAX_CENSUS_LINE_LENGTH = 1000;

/**
 * Fields separated by `,`, `;` or tab, each either unquoted (no quote inside)
 * or wholly quoted with `""` for a quote. The alternatives never overlap, so
 * the match is linear in the line's length.
 */
const FIELD = '(?:"(?:[^"]|"")*"|[^",;\\t]*)';
const WELL_QUOTED = new RegExp(`^${FIELD}(?:[,;\\t]${FIELD})*$`);

/**
 * The fields of one line. Only a line with a quote goes through csv-parse: a
 * quoted district may hold a separator ("Rive gauche; sud"), and plain lines,
 * nearly all of a census, need no more than a split.
 */
function fieldsOf(line: string): string[] | null {
  if (!line.includes('"')) return line.split(/[,;\t]/);
  // csv-parse would refuse it too, but building and throwing its error costs ~60 µs a line (issue #14.10).
  if (!WELL_QUOTED.test(line)) return null;
  try {
    const records = parse(line, { delimiter: SEPARATORS, relax_column_count: true }) as string[][];
    return records.length === 1 ? records[0] : null;
  } catch {
    return null;
  }
}

/**
 * A code, and a district when the line names one (by name, any case, or by
 * id); otherwise why the line is refused.
 */
export function parseCensusLine(line: string, districts: ReadonlyMap<string, string>): CensusLine | CensusLineProblem {
  if (line.length > MAX_CENSUS_LINE_LENGTH) return CensusLineProblem.LINE_TOO_LONG;
  const fields = fieldsOf(line);
  if (!fields) return CensusLineProblem.BROKEN_QUOTES;
  if (fields.length > 2) return CensusLineProblem.TOO_MANY_FIELDS;
  const code = normalizeCensusCode(fields[0]);
  if (!code) return CensusLineProblem.INVALID_CODE;
  const name = fields[1]?.trim().toLowerCase();
  if (!name) return { code };
  const districtId = districts.get(name);
  return districtId ? { code, districtId } : CensusLineProblem.UNKNOWN_DISTRICT;
}

import { parse } from 'csv-parse/sync';
import { CensusLineProblem } from '../types/census-line-problem.enum';
import { normalizeCensusCode } from './census-code';

export interface CensusLine {
  code: string;
  districtId?: string;
  birthYear?: number;
  registeredVoter?: boolean;
}

/** The columns a census file may have. */
export type CensusColumn = 'code' | 'district' | 'birthYear' | 'registeredVoter';
/**
 * A file without a header: a code, optionally its district, as before birth
 * years and voter flags existed (those need a header naming them, so that an
 * unquoted district holding a separator is still refused as TOO_MANY_FIELDS).
 */
export const DEFAULT_CENSUS_COLUMNS: readonly CensusColumn[] = ['code', 'district'];

/** Header names, lower-cased, accents and spaces left out; French and English. */
const HEADER_NAMES: Record<string, CensusColumn> = {
  code: 'code',
  identifiant: 'code',
  district: 'district',
  quartier: 'district',
  birth_year: 'birthYear',
  birthyear: 'birthYear',
  annee_naissance: 'birthYear',
  annee_de_naissance: 'birthYear',
  registered_voter: 'registeredVoter',
  registeredvoter: 'registeredVoter',
  electeur: 'registeredVoter',
  inscrit_liste_electorale: 'registeredVoter',
};

const VOTER_FLAGS: Record<string, boolean> = {
  '1': true,
  '0': false,
  oui: true,
  non: false,
  o: true,
  n: false,
  yes: true,
  no: false,
  y: true,
  true: true,
  false: false,
  vrai: true,
  faux: false,
};

/** Census birth years before this are taken for typing errors. */
const EARLIEST_BIRTH_YEAR = 1880;

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
 * The columns a header line names (`code;district`, `code;quartier;annee_naissance;electeur`,
 * any order, code first or not), or null when the line is not a header.
 */
export function censusHeader(line: string): CensusColumn[] | null {
  if (line.length > MAX_CENSUS_LINE_LENGTH) return null;
  // Spaces around separators and quotes are allowed in a header (`"code" ; "district"`), as they always were.
  const fields = fieldsOf(line.trim().replace(/ *([,;\t]) */g, '$1'));
  if (!fields) return null;
  const columns = fields.map((f) =>
    lookup(
      HEADER_NAMES,
      f
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_'),
    ),
  );
  if (columns.some((c) => c === undefined) || !columns.includes('code')) return null;
  // A lone "code" header always allowed a district after the code.
  if (columns.length === 1) return [...DEFAULT_CENSUS_COLUMNS];
  return new Set(columns).size === columns.length ? (columns as CensusColumn[]) : null;
}

/**
 * A code, and what else the line gives: a district (by name, any case, or by
 * id), a birth year, whether the person is a registered voter; otherwise why
 * the line is refused. An empty field gives nothing (what is stored stays).
 */
export function parseCensusLine(
  line: string,
  districts: ReadonlyMap<string, string>,
  columns: readonly CensusColumn[] = DEFAULT_CENSUS_COLUMNS,
  currentYear: number = new Date().getUTCFullYear(),
): CensusLine | CensusLineProblem {
  if (line.length > MAX_CENSUS_LINE_LENGTH) return CensusLineProblem.LINE_TOO_LONG;
  const fields = fieldsOf(line);
  if (!fields) return CensusLineProblem.BROKEN_QUOTES;
  if (fields.length > columns.length) return CensusLineProblem.TOO_MANY_FIELDS;
  const value = (column: CensusColumn): string => fields[columns.indexOf(column)]?.trim() ?? '';
  const code = normalizeCensusCode(value('code'));
  if (!code) return CensusLineProblem.INVALID_CODE;
  const entry: CensusLine = { code };
  const district = value('district').toLowerCase();
  if (district) {
    const districtId = districts.get(district);
    if (!districtId) return CensusLineProblem.UNKNOWN_DISTRICT;
    entry.districtId = districtId;
  }
  const birth = value('birthYear');
  if (birth) {
    const year = /^\d{4}$/.test(birth) ? Number(birth) : NaN;
    if (!(year >= EARLIEST_BIRTH_YEAR && year <= currentYear)) return CensusLineProblem.INVALID_BIRTH_YEAR;
    entry.birthYear = year;
  }
  const voter = value('registeredVoter').toLowerCase();
  if (voter) {
    if (lookup(VOTER_FLAGS, voter) === undefined) return CensusLineProblem.INVALID_VOTER_FLAG;
    entry.registeredVoter = lookup(VOTER_FLAGS, voter);
  }
  return entry;
}

/** An own key only: a file's "constructor" or "__proto__" is no column and no flag. */
function lookup<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

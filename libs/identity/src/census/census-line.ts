import { parse } from 'csv-parse/sync';
import { normalizeCensusCode } from './census-code';

export interface CensusLine {
  code: string;
  districtId?: string;
}

const SEPARATORS = [',', ';', '\t'];

/**
 * The fields of one line. Only a line with a quote goes through csv-parse: a
 * quoted district may hold a separator ("Rive gauche; sud"), and plain lines,
 * nearly all of a census, need no more than a split.
 */
function fieldsOf(line: string): string[] | null {
  if (!line.includes('"')) return line.split(/[,;\t]/);
  try {
    const records = parse(line, { delimiter: SEPARATORS, relax_column_count: true }) as string[][];
    return records.length === 1 ? records[0] : null;
  } catch {
    return null;
  }
}

/**
 * A code, and a district when the line names one (by name, any case, or by
 * id); null for a malformed line or an unknown district.
 */
export function parseCensusLine(line: string, districts: ReadonlyMap<string, string>): CensusLine | null {
  const fields = fieldsOf(line);
  if (!fields || fields.length > 2) return null;
  const code = normalizeCensusCode(fields[0]);
  if (!code) return null;
  const name = fields[1]?.trim().toLowerCase();
  if (!name) return { code };
  const districtId = districts.get(name);
  return districtId ? { code, districtId } : null;
}

import { isDecimal, toCommonScale } from '../arithmetic/decimal';
import type { BallotKind } from '../model/tally-profile';
import { csvRecords, type CsvRecord } from './csv-records';
import { PabulibParseError } from './pabulib-parse.error';
import type { PabulibFile, PabulibProject, PabulibVote } from './pabulib.types';
import type { PabulibParseOptions, PabulibWarning, PabulibWarningRule } from './pabulib-warning';

const SECTIONS = ['meta', 'projects', 'votes'] as const;
type Section = (typeof SECTIONS)[number];
const VOTE_TYPES: readonly BallotKind[] = ['approval', 'cumulative', 'ordinal', 'scoring'];

/** `choose-1` (each voter picks one project) is counted as approval. */
const VOTE_TYPE_ALIASES: Readonly<Record<string, BallotKind>> = { 'choose-1': 'approval' };

/**
 * Receives the irregularities of a published file: a warning each, or with
 * `strict` a PabulibParseError at the first one.
 */
class Irregularities {
  readonly warnings: PabulibWarning[] = [];

  constructor(private readonly strict: boolean) {}

  report(line: number, rule: PabulibWarningRule, message: string, voter?: string): void {
    if (this.strict) throw new PabulibParseError(line, message);
    this.warnings.push({ line, ...(voter !== undefined ? { voter } : {}), rule, message });
  }
}

/**
 * Parses a Pabulib .pb file (pabulib.org format): META key/value pairs, then
 * PROJECTS and VOTES tables, `;`-separated. Structural errors and unknown
 * projects in a vote are PabulibParseError with the line number. Files as
 * published break their own rules (see test/fixtures/pabulib/README.md):
 * votes breaking the META limits (min/max_length, min/max_sum_cost,
 * min/max_points, min/max_sum_points), a project listed twice in a vote
 * (counted once), a choose-1 vote of several projects, text after a closing
 * quote. Like pabutools, every ballot is counted and each irregularity becomes
 * a warning; `strict` refuses them instead.
 */
export function parsePabulib(text: string, options: PabulibParseOptions = {}): PabulibFile {
  const irregular = new Irregularities(options.strict === true);
  const sections = splitSections(
    csvRecords(text, (line, after) =>
      irregular.report(line, 'text_after_quote', `text ${JSON.stringify(after)} after a closing quote`),
    ),
  );
  const meta = parseMeta(sections.meta);
  const voteType = parseVoteType(meta, sections.meta);
  const projects = parseProjects(sections.projects);
  const byId = new Map(projects.rows.map((p) => [p.id, p]));
  const votes = parseVotes(sections.votes, voteType, byId, irregular);
  if (meta.vote_type?.toLowerCase() === 'choose-1') checkChooseOne(votes.rows, votes.lines, irregular);
  checkLimits(meta, votes.rows, votes.lines, byId, irregular);
  return {
    meta,
    voteType,
    projectColumns: projects.columns,
    projects: projects.rows,
    voteColumns: votes.columns,
    votes: votes.rows,
    warnings: irregular.warnings.sort((a, b) => a.line - b.line),
  };
}

interface SectionRecords {
  /** Line of the section name. */
  readonly line: number;
  readonly records: CsvRecord[];
}

function splitSections(records: CsvRecord[]): Record<Section, SectionRecords> {
  const found: Partial<Record<Section, SectionRecords>> = {};
  let current: SectionRecords | null = null;
  for (const r of records) {
    const name = r.fields.length === 1 ? r.fields[0].trim().toLowerCase() : '';
    if ((SECTIONS as readonly string[]).includes(name)) {
      if (found[name as Section]) throw new PabulibParseError(r.line, `section ${name.toUpperCase()} appears twice`);
      current = { line: r.line, records: [] };
      found[name as Section] = current;
      continue;
    }
    if (!current) throw new PabulibParseError(r.line, 'expected the section name META before any data');
    current.records.push(r);
  }
  const lastLine = records.length > 0 ? records[records.length - 1].line : 1;
  for (const s of SECTIONS) {
    if (!found[s]) throw new PabulibParseError(lastLine, `missing section ${s.toUpperCase()}`);
  }
  return found as Record<Section, SectionRecords>;
}

/** The header row of a section, checked for required columns. */
function header(section: SectionRecords, name: string, required: string[]): string[] {
  const head = section.records[0];
  if (!head) throw new PabulibParseError(section.line, `section ${name} has no header row`);
  const columns = head.fields.map((f) => f.trim());
  for (const col of required) {
    if (!columns.includes(col)) throw new PabulibParseError(head.line, `${name} header lacks the column "${col}"`);
  }
  const dup = columns.find((c, i) => columns.indexOf(c) !== i);
  if (dup !== undefined) throw new PabulibParseError(head.line, `${name} header repeats the column "${dup}"`);
  return columns;
}

function rows(section: SectionRecords, name: string, width: number): CsvRecord[] {
  const body = section.records.slice(1);
  for (const r of body) {
    if (r.fields.length !== width) {
      throw new PabulibParseError(r.line, `${name} row has ${r.fields.length} fields, the header has ${width}`);
    }
  }
  return body;
}

function parseMeta(section: SectionRecords): Record<string, string> {
  header(section, 'META', ['key', 'value']);
  const meta: Record<string, string> = {};
  for (const r of rows(section, 'META', 2)) {
    const key = r.fields[0].trim();
    if (key in meta) throw new PabulibParseError(r.line, `META key "${key}" appears twice`);
    meta[key] = r.fields[1].trim();
  }
  const budget = meta.budget;
  if (budget === undefined) throw new PabulibParseError(section.line, 'META has no "budget"');
  if (!isDecimal(budget))
    throw new PabulibParseError(metaLine(section, 'budget'), `budget "${budget}" is not a non-negative decimal`);
  return meta;
}

function metaLine(section: SectionRecords, key: string): number {
  return section.records.find((r) => r.fields[0].trim() === key)?.line ?? section.line;
}

function parseVoteType(meta: Record<string, string>, section: SectionRecords): BallotKind {
  const written = (meta.vote_type ?? 'approval').toLowerCase();
  const type = VOTE_TYPE_ALIASES[written] ?? written;
  if (!(VOTE_TYPES as readonly string[]).includes(type)) {
    throw new PabulibParseError(
      metaLine(section, 'vote_type'),
      `unsupported vote_type "${written}" (expected ${[...VOTE_TYPES, ...Object.keys(VOTE_TYPE_ALIASES)].join(', ')})`,
    );
  }
  return type as BallotKind;
}

function parseProjects(section: SectionRecords): { columns: string[]; rows: PabulibProject[] } {
  const columns = header(section, 'PROJECTS', ['project_id', 'cost']);
  const idAt = columns.indexOf('project_id');
  const costAt = columns.indexOf('cost');
  const seen = new Set<string>();
  const projects = rows(section, 'PROJECTS', columns.length).map((r) => {
    const id = r.fields[idAt].trim();
    const cost = r.fields[costAt].trim();
    if (id === '') throw new PabulibParseError(r.line, 'empty project_id');
    if (seen.has(id)) throw new PabulibParseError(r.line, `project "${id}" is listed twice`);
    if (!isDecimal(cost))
      throw new PabulibParseError(r.line, `cost "${cost}" of project "${id}" is not a non-negative decimal`);
    seen.add(id);
    return { id, cost, extra: extraColumns(columns, r.fields, [idAt, costAt]) };
  });
  return { columns, rows: projects };
}

function parseVotes(
  section: SectionRecords,
  voteType: BallotKind,
  projects: Map<string, PabulibProject>,
  irregular: Irregularities,
): { columns: string[]; rows: PabulibVote[]; lines: number[] } {
  const withPoints = voteType === 'cumulative' || voteType === 'scoring';
  const columns = header(section, 'VOTES', withPoints ? ['voter_id', 'vote', 'points'] : ['voter_id', 'vote']);
  const at = { voter: columns.indexOf('voter_id'), vote: columns.indexOf('vote'), points: columns.indexOf('points') };
  const own = withPoints ? [at.voter, at.vote, at.points] : [at.voter, at.vote];
  const body = rows(section, 'VOTES', columns.length);
  const votes = body.map((r): PabulibVote => {
    const listed = splitList(r.fields[at.vote]);
    const voterId = r.fields[at.voter].trim();
    const points = withPoints ? parsePoints(r.fields[at.points], listed.length, r.line) : undefined;
    const keep = firstOccurrences(listed, projects, r.line, (id) =>
      irregular.report(r.line, 'duplicate_project', `vote of voter "${voterId}" lists project "${id}" twice`, voterId),
    );
    const vote = {
      voterId,
      projects: keep.length === listed.length ? listed : keep.map((i) => listed[i]),
      extra: extraColumns(columns, r.fields, own),
    };
    if (!points) return vote;
    return { ...vote, points: keep.length === listed.length ? points : keep.map((i) => points[i]) };
  });
  return { columns, rows: votes, lines: body.map((r) => r.line) };
}

function splitList(field: string): string[] {
  const trimmed = field.trim();
  return trimmed === '' ? [] : trimmed.split(',').map((s) => s.trim());
}

/**
 * Positions of the first listing of each project in a vote (a project listed
 * twice counts once, with its first position and points); unknown projects
 * are an error.
 */
function firstOccurrences(
  ids: string[],
  projects: Map<string, PabulibProject>,
  line: number,
  onRepeat: (id: string) => void,
): number[] {
  const seen = new Set<string>();
  const keep: number[] = [];
  ids.forEach((id, i) => {
    if (!projects.has(id)) throw new PabulibParseError(line, `vote lists unknown project "${id}"`);
    if (seen.has(id)) return onRepeat(id);
    seen.add(id);
    keep.push(i);
  });
  return keep;
}

/** A choose-1 ballot names exactly one project (an empty or longer one is still counted as approval). */
function checkChooseOne(votes: readonly PabulibVote[], lines: number[], irregular: Irregularities): void {
  votes.forEach((v, i) => {
    if (v.projects.length !== 1)
      irregular.report(
        lines[i],
        'choose_1',
        `vote of voter "${v.voterId}" lists ${v.projects.length} projects in a choose-1 file`,
        v.voterId,
      );
  });
}

function parsePoints(field: string, count: number, line: number): number[] {
  const points = splitList(field).map((p) => {
    if (!/^\d+$/.test(p)) throw new PabulibParseError(line, `points "${p}" is not a non-negative integer`);
    return Number(p);
  });
  if (points.length !== count)
    throw new PabulibParseError(line, `vote lists ${count} projects but ${points.length} points`);
  return points;
}

function extraColumns(columns: string[], fields: string[], own: number[]): Record<string, string> {
  const extra: Record<string, string> = {};
  columns.forEach((c, i) => {
    if (!own.includes(i)) extra[c] = fields[i];
  });
  return extra;
}

/** META limits every vote must respect (absent keys are no limit). */
function checkLimits(
  meta: Record<string, string>,
  votes: readonly PabulibVote[],
  lines: number[],
  projects: Map<string, PabulibProject>,
  irregular: Irregularities,
): void {
  const num = (key: string) => (meta[key] === undefined || meta[key] === '' ? undefined : Number(meta[key]));
  const limits = {
    minLength: num('min_length'),
    maxLength: num('max_length'),
    minPoints: num('min_points'),
    maxPoints: num('max_points'),
    minSumPoints: num('min_sum_points'),
    maxSumPoints: num('max_sum_points'),
  };
  const money = costLimits(meta, projects);
  votes.forEach((v, i) => {
    const fail = (rule: PabulibWarningRule, what: string) =>
      irregular.report(lines[i], rule, `vote of voter "${v.voterId}" ${what}`, v.voterId);
    const n = v.projects.length;
    if (limits.minLength !== undefined && n < limits.minLength)
      fail('min_length', `lists ${n} projects, min_length is ${limits.minLength}`);
    if (limits.maxLength !== undefined && n > limits.maxLength)
      fail('max_length', `lists ${n} projects, max_length is ${limits.maxLength}`);
    const cost = money ? v.projects.reduce((s, id) => s + money.cost.get(id)!, 0n) : 0n;
    if (money?.min !== undefined && cost < money.min)
      fail('min_sum_cost', `costs less than min_sum_cost ${meta.min_sum_cost}`);
    if (money?.max !== undefined && cost > money.max)
      fail('max_sum_cost', `costs more than max_sum_cost ${meta.max_sum_cost}`);
    if (!v.points) return;
    const sum = v.points.reduce((s, p) => s + p, 0);
    const low = limits.minPoints === undefined ? undefined : v.points.find((p) => p < limits.minPoints!);
    if (low !== undefined) fail('min_points', `gives ${low} points, min_points is ${limits.minPoints}`);
    const high = limits.maxPoints === undefined ? undefined : v.points.find((p) => p > limits.maxPoints!);
    if (high !== undefined) fail('max_points', `gives ${high} points, max_points is ${limits.maxPoints}`);
    if (limits.minSumPoints !== undefined && sum < limits.minSumPoints)
      fail('min_sum_points', `gives ${sum} points in all, min_sum_points is ${limits.minSumPoints}`);
    if (limits.maxSumPoints !== undefined && sum > limits.maxSumPoints)
      fail('max_sum_points', `gives ${sum} points in all, max_sum_points is ${limits.maxSumPoints}`);
  });
}

/** Exact (scaled integer) costs and min/max_sum_cost, when META sets either. */
function costLimits(meta: Record<string, string>, projects: Map<string, PabulibProject>) {
  const min = meta.min_sum_cost?.trim();
  const max = meta.max_sum_cost?.trim();
  if (!min && !max) return null;
  const ids = [...projects.keys()];
  const limits = [min || '0', max || '0'];
  for (const l of limits)
    if (!isDecimal(l)) throw new PabulibParseError(1, `META sum-cost limit "${l}" is not a decimal`);
  const { units } = toCommonScale([...ids.map((id) => projects.get(id)!.cost), ...limits]);
  return {
    cost: new Map(ids.map((id, i) => [id, units[i]])),
    min: min ? units[ids.length] : undefined,
    max: max ? units[ids.length + 1] : undefined,
  };
}

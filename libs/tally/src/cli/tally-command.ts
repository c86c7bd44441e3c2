import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parsePabulib } from '../pabulib/pabulib.parser';
import { pabulibToProfile } from '../pabulib/pabulib-profile';
import { tally } from '../rules/tally';
import type { TallyResult } from '../rules/tally-result';
import type { PabulibWarning } from '../pabulib/pabulib-warning';
import type { PabulibFile } from '../pabulib/pabulib.types';
import { exclusiveGroupsOf, metaComparisonOf, metaTieSeedOf, minScoreOf, ruleNameOf } from './pabulib-rule';
import {
  GREEDY_RULES,
  MES_COMPARISONS,
  RULE_NAMES,
  type GreedyTiebreak,
  type MesUtility,
  type RuleName,
  type RuleSpec,
} from '../rules/tally-rule';

/** Options of `tally FILE.pb --rule … [--utility …] [--tiebreak …] [--stop exhaustive] [--min-score N] [--json] [--strict]`. */
export interface TallyCommandOptions {
  readonly file: string;
  /** One of RULE_NAMES, a Pabulib META name (`equalshares/add1`), or `meta`: the file's own META `rule`. */
  readonly rule: string;
  /** greedy-threshold: defaults to the file's META `min_project_score_threshold`. */
  readonly minScore?: string;
  readonly utility?: string;
  readonly tiebreak?: string;
  readonly stop?: string;
  /** Equal Shares: the comparison step with greedy (`satisfaction` or `exclusion-ratio`). */
  readonly comparison?: string;
  /** Equal Shares: ties by lowest cost, most votes, then the draw this published seed gives. */
  readonly tieSeed?: string;
  readonly json?: boolean;
  /** Refuse files that break their own META limits or the format (default: count them, with warnings). */
  readonly strict?: boolean;
}

export interface TallyOutput {
  readonly file: string;
  /** The rule and options as on the command line, e.g. "equal-shares --utility approval". */
  readonly ruleKey: string;
  readonly result: TallyResult;
  /** Irregularities of the file that were counted anyway (empty with `strict`). */
  readonly warnings: readonly PabulibWarning[];
  readonly parseMs: number;
  readonly tallyMs: number;
}

/** Bad command-line arguments (as opposed to a malformed file). */
export class TallyUsageError extends Error {
  override readonly name = 'TallyUsageError';
}

const UTILITIES: readonly MesUtility[] = ['cost', 'approval', 'points'];
const TIEBREAKS: readonly GreedyTiebreak[] = ['id', 'min-cost'];

/**
 * Maps command-line options to a rule, rejecting options that do not apply to
 * it. `file` supplies what the file itself says: its META `rule` (`--rule
 * meta`), `min_project_score_threshold` and the exclusive groups of its comment.
 */
export function toRuleSpec(
  options: Omit<TallyCommandOptions, 'file'>,
  file?: Pick<PabulibFile, 'meta' | 'projects'>,
): RuleSpec {
  const rule = resolveRuleName(options.rule, file);
  const mes = rule === 'equal-shares' || rule === 'equal-shares-add1';
  if (options.utility !== undefined && !mes)
    throw new TallyUsageError('--utility applies to equal-shares and equal-shares-add1 only');
  if (options.tiebreak !== undefined && !GREEDY_RULES.includes(rule))
    throw new TallyUsageError('--tiebreak applies to greedy rules only');
  if (options.minScore !== undefined && rule !== 'greedy-threshold')
    throw new TallyUsageError('--min-score applies to greedy-threshold only');
  if (options.stop !== undefined && rule !== 'equal-shares-add1')
    throw new TallyUsageError('--stop applies to equal-shares-add1 only');
  if ((options.comparison !== undefined || options.tieSeed !== undefined) && !mes)
    throw new TallyUsageError('--comparison and --tie-seed apply to equal-shares and equal-shares-add1 only');
  if (options.tieSeed !== undefined && options.tieSeed.trim() === '')
    throw new TallyUsageError('--tie-seed needs a non-empty seed');
  const utility = oneOf(options.utility, UTILITIES, '--utility');
  const tiebreak = oneOf(options.tiebreak, TIEBREAKS, '--tiebreak');
  const stop = oneOf(options.stop, ['exhaustive'] as const, '--stop');
  const tie = tiebreak ? { tiebreak } : {};
  const fromMeta = options.rule === 'meta' && file ? file : undefined;
  const comparison =
    oneOf(options.comparison, MES_COMPARISONS, '--comparison') ?? (fromMeta && metaComparisonOf(fromMeta));
  const tieSeed = options.tieSeed ?? (fromMeta && metaTieSeedOf(fromMeta));
  const deployed = { ...(comparison ? { comparison } : {}), ...(tieSeed ? { tieSeed } : {}) };
  switch (rule) {
    case 'greedy':
    case 'greedy-no-skip':
      return { rule, ...tie };
    case 'greedy-threshold':
      return { rule, ...tie, minScore: minScoreOption(options.minScore, file) };
    case 'greedy-exclusive':
      return { rule, ...tie, exclusive: file ? exclusiveGroupsOf(file) : [] };
    case 'phragmen':
      return { rule };
    case 'equal-shares':
      return { rule, ...(utility ? { utility } : {}), ...deployed };
    case 'equal-shares-add1':
      return { rule, ...(utility ? { utility } : {}), ...(stop ? { stop } : {}), ...deployed };
  }
}

function resolveRuleName(value: string, file: Pick<PabulibFile, 'meta'> | undefined): RuleName {
  const fromMeta = value === 'meta';
  if (fromMeta && !file?.meta.rule) throw new TallyUsageError('--rule meta: the file has no META "rule"');
  const rule = ruleNameOf(fromMeta ? file!.meta.rule : value) as RuleName;
  if (!RULE_NAMES.includes(rule)) {
    const what = fromMeta ? `META rule "${file!.meta.rule}" of the file` : `--rule "${value}"`;
    throw new TallyUsageError(
      `unknown ${what} (expected ${RULE_NAMES.join(', ')}, equalshares, equalshares/add1, equalshares/add1-comparison or meta)`,
    );
  }
  return rule;
}

function minScoreOption(value: string | undefined, file: Pick<PabulibFile, 'meta'> | undefined): number {
  if (value === undefined) {
    const fromFile = file ? minScoreOf(file) : undefined;
    if (fromFile === undefined)
      throw new TallyUsageError('greedy-threshold needs --min-score or META min_project_score_threshold');
    return fromFile;
  }
  if (!/^\d+(\.\d+)?$/.test(value))
    throw new TallyUsageError(`--min-score must be a non-negative number, not "${value}"`);
  return Number(value);
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new TallyUsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

/** The rule as written on the command line (the keys of expected.json). */
export function ruleKey(rule: RuleSpec): string {
  const parts: string[] = [rule.rule];
  if ('utility' in rule && rule.utility) parts.push('--utility', rule.utility);
  if ('tiebreak' in rule && rule.tiebreak) parts.push('--tiebreak', rule.tiebreak);
  if ('stop' in rule && rule.stop) parts.push('--stop', rule.stop);
  if ('comparison' in rule && rule.comparison) parts.push('--comparison', rule.comparison);
  if ('tieSeed' in rule && rule.tieSeed) parts.push('--tie-seed', rule.tieSeed);
  if ('minScore' in rule) parts.push('--min-score', String(rule.minScore));
  if ('exclusive' in rule && rule.exclusive.length > 0)
    parts.push(`(exclusive ${rule.exclusive.map((g) => g.join(',')).join(' ')})`);
  return parts.join(' ');
}

/** Parses `tally` arguments (after the command name): FILE --rule R [--utility U] [--tiebreak T] [--stop S] [--json]. */
export function parseTallyArgs(argv: readonly string[]): TallyCommandOptions {
  const values: Record<string, string> = {};
  const files: string[] = [];
  let json = false;
  let strict = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json' || arg === '--strict') {
      if (arg === '--json') json = true;
      else strict = true;
      continue;
    }
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    if (['--rule', '--utility', '--tiebreak', '--stop', '--min-score', '--comparison', '--tie-seed'].includes(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new TallyUsageError(`${flag} needs a value`);
      values[flag.slice(2)] = value;
    } else if (arg.startsWith('-')) {
      throw new TallyUsageError(`unknown option ${arg}`);
    } else files.push(arg);
  }
  if (files.length !== 1) throw new TallyUsageError('expected exactly one .pb file');
  if (!values.rule) throw new TallyUsageError('--rule is required');
  return {
    file: files[0],
    rule: values.rule,
    utility: values.utility,
    tiebreak: values.tiebreak,
    stop: values.stop,
    ...(values['min-score'] !== undefined ? { minScore: values['min-score'] } : {}),
    ...(values.comparison !== undefined ? { comparison: values.comparison } : {}),
    ...(values['tie-seed'] !== undefined ? { tieSeed: values['tie-seed'] } : {}),
    json,
    strict,
  };
}

/** Reads and tallies a .pb file. Throws TallyUsageError, PabulibParseError or the fs error. */
export function runTally(
  options: TallyCommandOptions,
  readFile: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): TallyOutput {
  if (options.rule !== 'meta') toRuleSpec(options, { meta: { min_project_score_threshold: '0' }, projects: [] }); // usage errors before reading
  const t0 = performance.now();
  const file = parsePabulib(readFile(options.file), { strict: options.strict === true });
  const rule = toRuleSpec(options, file);
  const profile = pabulibToProfile(file);
  const t1 = performance.now();
  const result = tally(profile, rule);
  return {
    file: options.file,
    ruleKey: ruleKey(rule),
    result,
    warnings: file.warnings,
    parseMs: t1 - t0,
    tallyMs: performance.now() - t1,
  };
}

/** One line per irregularity, for stderr: `FILE:LINE: warning [rule] message`. */
export function formatTallyWarnings(output: TallyOutput): string[] {
  return output.warnings.map((w) => `${basename(output.file)}:${w.line}: warning [${w.rule}] ${w.message}`);
}

/** One JSON object (`json`, with the warnings), or a human-readable report. */
export function formatTallyOutput(output: TallyOutput, json = false): string {
  const r = output.result;
  if (json) {
    return JSON.stringify({
      file: basename(output.file),
      rule: output.ruleKey,
      winners: r.winners,
      totalCost: r.totalCost,
      budget: r.budget,
      ballotCount: r.ballotCount,
      distinctBallots: r.distinctBallots,
      votes: Object.fromEntries(r.projects.map((p) => [p.id, p.votes])),
      ...(r.add1 ? { add1: r.add1 } : {}),
      ...(r.comparison ? { comparison: r.comparison } : {}),
      ...(r.tieBreaking ? { tieBreaking: r.tieBreaking } : {}),
      warnings: output.warnings,
    });
  }
  const byId = new Map(r.projects.map((p) => [p.id, p]));
  const width = Math.max(...r.projects.map((p) => p.id.length), 2);
  const lines = [
    `${basename(output.file)}: ${output.ruleKey}`,
    `budget ${r.budget}, ${r.ballotCount} ballots (${r.distinctBallots} distinct)` +
      (r.add1 ? `, ADD1 increment ${r.add1.increment} after ${r.add1.runs} runs` : ''),
    `winners in selection order (${r.winners.length}):`,
    ...r.winners.map(
      (id, i) =>
        `  ${String(i + 1).padStart(3)}. ${id.padEnd(width)}  cost ${byId.get(id)!.cost}  votes ${byId.get(id)!.votes}`,
    ),
    `total cost: ${r.totalCost}`,
    ...comparisonLines(r),
    'votes per project:',
    ...[...r.projects]
      .sort((a, b) => b.votes - a.votes || (a.id < b.id ? -1 : 1))
      .map(
        (p) =>
          `  ${p.selected ? '*' : ' '} ${p.id.padEnd(width)}  votes ${String(p.votes).padStart(7)}  score ${String(p.score).padStart(7)}  cost ${p.cost}`,
      ),
  ];
  return lines.join('\n');
}

/** The comparison step and the draw, in words. */
function comparisonLines(r: TallyResult): string[] {
  const lines: string[] = [];
  if (r.comparison) {
    const c = r.comparison;
    lines.push(
      `comparison with greedy (${c.criterion}): ${c.prefersEqualShares} voters prefer Equal Shares, ${c.prefersGreedy} greedy: ` +
        (c.switched ? 'greedy outcome kept' : 'Equal Shares outcome kept'),
    );
  }
  if (r.tieBreaking)
    lines.push(
      `ties: lowest cost, then most votes, then the draw of seed "${r.tieBreaking.seed}": ${r.tieBreaking.draw.join(' ')}`,
    );
  return lines;
}

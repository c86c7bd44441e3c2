import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parsePabulib } from '../pabulib/pabulib.parser';
import { pabulibToProfile } from '../pabulib/pabulib-profile';
import { tally } from '../rules/tally';
import type { TallyResult } from '../rules/tally-result';
import { RULE_NAMES, type GreedyTiebreak, type MesUtility, type RuleName, type TallyRule } from '../rules/tally-rule';

/** Options of `tally FILE.pb --rule … [--utility …] [--tiebreak …] [--stop exhaustive] [--json]`. */
export interface TallyCommandOptions {
  readonly file: string;
  readonly rule: string;
  readonly utility?: string;
  readonly tiebreak?: string;
  readonly stop?: string;
  readonly json?: boolean;
}

export interface TallyOutput {
  readonly file: string;
  /** The rule and options as on the command line, e.g. "equal-shares --utility approval". */
  readonly ruleKey: string;
  readonly result: TallyResult;
  readonly parseMs: number;
  readonly tallyMs: number;
}

/** Bad command-line arguments (as opposed to a malformed file). */
export class TallyUsageError extends Error {
  override readonly name = 'TallyUsageError';
}

const UTILITIES: readonly MesUtility[] = ['cost', 'approval', 'points'];
const TIEBREAKS: readonly GreedyTiebreak[] = ['id', 'min-cost'];

/** Maps command-line options to a rule, rejecting options that do not apply to it. */
export function toTallyRule(options: Omit<TallyCommandOptions, 'file'>): TallyRule {
  const rule = options.rule as RuleName;
  if (!RULE_NAMES.includes(rule))
    throw new TallyUsageError(`unknown --rule "${options.rule}" (expected ${RULE_NAMES.join(', ')})`);
  const mes = rule === 'equal-shares' || rule === 'equal-shares-add1';
  if (options.utility !== undefined && !mes)
    throw new TallyUsageError('--utility applies to equal-shares and equal-shares-add1 only');
  if (options.tiebreak !== undefined && rule !== 'greedy')
    throw new TallyUsageError('--tiebreak applies to greedy only');
  if (options.stop !== undefined && rule !== 'equal-shares-add1')
    throw new TallyUsageError('--stop applies to equal-shares-add1 only');
  const utility = oneOf(options.utility, UTILITIES, '--utility');
  const tiebreak = oneOf(options.tiebreak, TIEBREAKS, '--tiebreak');
  const stop = oneOf(options.stop, ['exhaustive'] as const, '--stop');
  switch (rule) {
    case 'greedy':
      return { rule, ...(tiebreak ? { tiebreak } : {}) };
    case 'phragmen':
      return { rule };
    case 'equal-shares':
      return { rule, ...(utility ? { utility } : {}) };
    case 'equal-shares-add1':
      return { rule, ...(utility ? { utility } : {}), ...(stop ? { stop } : {}) };
  }
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new TallyUsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

/** The rule as written on the command line (the keys of expected.json). */
export function ruleKey(rule: TallyRule): string {
  const parts: string[] = [rule.rule];
  if ('utility' in rule && rule.utility) parts.push('--utility', rule.utility);
  if ('tiebreak' in rule && rule.tiebreak) parts.push('--tiebreak', rule.tiebreak);
  if ('stop' in rule && rule.stop) parts.push('--stop', rule.stop);
  return parts.join(' ');
}

/** Parses `tally` arguments (after the command name): FILE --rule R [--utility U] [--tiebreak T] [--stop S] [--json]. */
export function parseTallyArgs(argv: readonly string[]): TallyCommandOptions {
  const values: Record<string, string> = {};
  const files: string[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') {
      json = true;
      continue;
    }
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    if (['--rule', '--utility', '--tiebreak', '--stop'].includes(flag)) {
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
    json,
  };
}

/** Reads and tallies a .pb file. Throws TallyUsageError, PabulibParseError or the fs error. */
export function runTally(
  options: TallyCommandOptions,
  readFile: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): TallyOutput {
  const rule = toTallyRule(options);
  const t0 = performance.now();
  const profile = pabulibToProfile(parsePabulib(readFile(options.file)));
  const t1 = performance.now();
  const result = tally(profile, rule);
  return { file: options.file, ruleKey: ruleKey(rule), result, parseMs: t1 - t0, tallyMs: performance.now() - t1 };
}

/** One JSON object (`json`), or a human-readable report. */
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

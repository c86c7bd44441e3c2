import {
  formatTallyOutput,
  formatTallyWarnings,
  parseTallyArgs,
  runTally,
  TallyUsageError,
  toRuleSpec,
  type TallyCommandOptions,
} from './tally-command';
import { PabulibParseError } from '../pabulib/pabulib-parse.error';

const FILE = [
  'META',
  'key;value',
  'budget;300',
  'PROJECTS',
  'project_id;cost',
  '1;200',
  '2;100.5',
  'VOTES',
  'voter_id;vote',
  'a;1',
  'b;1,2',
  'c;2',
].join('\n');
const read = () => FILE;

describe('tally command', () => {
  it('parses arguments', () => {
    expect(parseTallyArgs(['x.pb', '--rule', 'equal-shares-add1', '--stop=exhaustive', '--json'])).toEqual({
      file: 'x.pb',
      rule: 'equal-shares-add1',
      utility: undefined,
      tiebreak: undefined,
      stop: 'exhaustive',
      json: true,
      strict: false,
    });
    expect(parseTallyArgs(['x.pb', '--strict', '--rule=greedy'])).toMatchObject({ strict: true, json: false });
    expect(
      parseTallyArgs(['x.pb', '--rule', 'equal-shares', '--comparison', 'exclusion-ratio', '--tie-seed=2027 draw']),
    ).toMatchObject({ comparison: 'exclusion-ratio', tieSeed: '2027 draw' });
  });

  it.each([
    [['x.pb'], /--rule is required/],
    [['--rule', 'greedy'], /exactly one .pb file/],
    [['x.pb', '--rule', 'greedy', '--fast'], /unknown option --fast/],
    [['x.pb', '--rule'], /--rule needs a value/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseTallyArgs(argv)).toThrow(message);
  });

  it.each([
    [{ rule: 'borda' }, /unknown --rule "borda"/],
    [{ rule: 'greedy', utility: 'cost' }, /--utility applies to equal-shares/],
    [{ rule: 'equal-shares', tiebreak: 'id' }, /--tiebreak applies to greedy/],
    [{ rule: 'equal-shares', stop: 'exhaustive' }, /--stop applies to equal-shares-add1/],
    [{ rule: 'equal-shares', utility: 'happiness' }, /--utility must be one of cost, approval, points/],
    [{ rule: 'greedy', comparison: 'satisfaction' }, /--comparison and --tie-seed apply to equal-shares/],
    [{ rule: 'phragmen', tieSeed: 's' }, /--comparison and --tie-seed apply to equal-shares/],
    [{ rule: 'equal-shares', comparison: 'majority' }, /--comparison must be one of satisfaction, exclusion-ratio/],
    [{ rule: 'equal-shares-add1', tieSeed: ' ' }, /--tie-seed needs a non-empty seed/],
  ])('maps %j to a usage error', (options, message) => {
    expect(() => toRuleSpec(options)).toThrow(TallyUsageError);
    expect(() => toRuleSpec(options)).toThrow(message);
  });

  it('prints one JSON object with winners in selection order and an exact total cost', () => {
    const out = runTally({ file: 'small.pb', rule: 'greedy' }, read);
    const json = JSON.parse(formatTallyOutput(out, true));
    expect(json).toMatchObject({
      rule: 'greedy',
      winners: ['1'],
      totalCost: '200',
      votes: { '1': 2, '2': 2 },
      ballotCount: 3,
    });
  });

  it('prints a human report', () => {
    // Phragmén: "2" at load 100.5/2; then "1" at (50.25 + 200)/2 no longer fits in 199.5.
    const text = formatTallyOutput(runTally({ file: 'small.pb', rule: 'phragmen' }, read));
    expect(text).toContain('winners in selection order (1):\n    1. 2   cost 100.5  votes 2');
    expect(text).toContain('total cost: 100.5');
    expect(text).toMatch(/votes per project:/);
  });

  it('counts a file that breaks its own limits, with warnings on stderr and in --json; --strict refuses it', () => {
    const irregular = () => FILE.replace('budget;300', 'budget;300\nmax_sum_cost;250').replace('b;1,2', 'b;1,2,1');
    const out = runTally({ file: 'dir/irregular.pb', rule: 'greedy' }, irregular);
    expect(out.result.projects.map((p) => p.votes)).toEqual([2, 2]);
    expect(formatTallyWarnings(out)).toEqual([
      'irregular.pb:12: warning [duplicate_project] vote of voter "b" lists project "1" twice',
      'irregular.pb:12: warning [max_sum_cost] vote of voter "b" costs more than max_sum_cost 250',
    ]);
    expect(JSON.parse(formatTallyOutput(out, true)).warnings).toEqual([
      { line: 12, voter: 'b', rule: 'duplicate_project', message: 'vote of voter "b" lists project "1" twice' },
      { line: 12, voter: 'b', rule: 'max_sum_cost', message: 'vote of voter "b" costs more than max_sum_cost 250' },
    ]);
    expect(() => runTally({ file: 'irregular.pb', rule: 'greedy', strict: true }, irregular)).toThrow(
      /^line 12: vote of voter "b" lists project "1" twice/,
    );
  });

  describe("greedy as cities ran it (--rule takes Pabulib META names; meta uses the file's own)", () => {
    // Votes: 1 → 3, 2 → 2, 3 → 1; costs 200, 150, 50; budget 300.
    const city = (meta: string) =>
      [
        'META',
        'key;value',
        'budget;300',
        meta,
        'PROJECTS',
        'project_id;cost',
        '1;200',
        '2;150',
        '3;50',
        'VOTES',
        'voter_id;vote',
        'a;1,2,3',
        'b;1,2',
        'c;1',
      ].join('\n');
    const winners = (meta: string, options: Partial<TallyCommandOptions> = {}) =>
      runTally({ file: 'city.pb', rule: 'meta', ...options }, () => city(meta)).result.winners;

    it.each([
      ['rule;greedy', ['1', '3']],
      ['rule;greedy-no-skip', ['1']],
      ['rule;greedy-threshold\nmin_project_score_threshold;2', ['1']],
      ['rule;greedy-threshold\nmin_project_score_threshold;3', ['1']],
      ['rule;greedy-exclusive\ncomment;#1: Source. #2: projects 1 and 3 could not be built simultaneously.', ['1']],
      ['rule;greedy-exclusive\ncomment;#1: projects 2 and 1 are mutually exclusive.', ['1', '3']],
      ['rule;equalshares', ['1']],
      // Equal Shares funds 1 (a, b, c pay 66.67 of their 100), then nothing; greedy funds 1 and 3.
      // a gets 2 projects from greedy, 1 from Equal Shares; b and c 1 from each: greedy is kept by satisfaction.
      ['rule;equalshares-comparison', ['1', '3']],
      // With ADD1 (a's share grows) Equal Shares funds 3 too: nobody prefers greedy.
      ['rule;equalshares/add1-comparison', ['1', '3']],
      // Everyone gets at least one project from both: Equal Shares is kept.
      ['rule;equalshares-comparison\ncomparison;exclusion_ratio', ['1']],
    ])('%s', (meta, expected) => {
      expect(winners(meta)).toEqual(expected);
    });

    it('names the rule it ran, with the threshold and groups it read from the file', () => {
      const out = runTally({ file: 'city.pb', rule: 'meta' }, () =>
        city('rule;greedy-exclusive\ncomment;#1: projects 1, 2, and 3 could not all be built simultaneously.'),
      );
      expect(out.ruleKey).toBe('greedy-exclusive (exclusive 1,2,3)');
      const threshold = runTally({ file: 'city.pb', rule: 'greedy-threshold', minScore: '2' }, () =>
        city('rule;greedy'),
      );
      expect(threshold.ruleKey).toBe('greedy-threshold --min-score 2');
      expect(threshold.result.winners).toEqual(['1']);
      expect(winners('rule;greedy', { rule: 'equalshares/add1' })).toEqual(['1', '3']);
    });

    it('runs Equal Shares as deployed: the comparison and the seed from META or the options, reported in --json', () => {
      const out = runTally({ file: 'city.pb', rule: 'meta' }, () =>
        city('rule;equalshares-comparison\ncomparison;satisfaction\ntie_break_seed;quorum-2027'),
      );
      expect(out.ruleKey).toBe('equal-shares --comparison satisfaction --tie-seed quorum-2027');
      const json = JSON.parse(formatTallyOutput(out, true));
      expect(json.winners).toEqual(['1', '3']);
      expect(json.comparison).toEqual({
        criterion: 'satisfaction',
        equalSharesWinners: ['1'],
        greedyWinners: ['1', '3'],
        prefersEqualShares: 0,
        prefersGreedy: 1,
        switched: true,
      });
      expect(json.tieBreaking.seed).toBe('quorum-2027');
      expect([...json.tieBreaking.draw].sort()).toEqual(['1', '2', '3']);
      expect(formatTallyOutput(out)).toContain(
        'comparison with greedy (satisfaction): 0 voters prefer Equal Shares, 1 greedy: greedy outcome kept',
      );
      // Options win over META; a file's own rule without "-comparison" has no comparison step.
      const chosen = runTally({ file: 'city.pb', rule: 'meta', comparison: 'exclusion-ratio' }, () =>
        city('rule;equalshares-comparison'),
      );
      expect(chosen.result.winners).toEqual(['1']);
      expect(chosen.ruleKey).toBe('equal-shares --comparison exclusion-ratio');
      expect(
        runTally({ file: 'city.pb', rule: 'meta' }, () => city('rule;equalshares/add1')).result.comparison,
      ).toBeUndefined();
    });

    it.each([
      ['rule;unknown', {}, /META rule "unknown" of the file/],
      ['budget_note;none', {}, /no META "rule"/],
      ['rule;greedy', { rule: 'greedy-threshold' }, /needs --min-score or META min_project_score_threshold/],
      ['rule;greedy', { rule: 'greedy', minScore: '2' }, /--min-score applies to greedy-threshold only/],
    ])('refuses %s %j', (meta, options, message) => {
      expect(() => winners(meta, options)).toThrow(message);
    });
  });

  it('surfaces malformed files as PabulibParseError with the line', () => {
    expect(() => runTally({ file: 'bad.pb', rule: 'greedy' }, () => FILE.replace('c;2', 'c;3'))).toThrow(
      PabulibParseError,
    );
    expect(() => runTally({ file: 'bad.pb', rule: 'greedy' }, () => FILE.replace('c;2', 'c;3'))).toThrow(
      /^line 12: vote lists unknown project "3"/,
    );
  });
});

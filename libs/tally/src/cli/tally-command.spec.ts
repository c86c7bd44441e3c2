import { formatTallyOutput, parseTallyArgs, runTally, TallyUsageError, toTallyRule } from './tally-command';
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
    });
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
  ])('maps %j to a usage error', (options, message) => {
    expect(() => toTallyRule(options)).toThrow(TallyUsageError);
    expect(() => toTallyRule(options)).toThrow(message);
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

  it('surfaces malformed files as PabulibParseError with the line', () => {
    expect(() => runTally({ file: 'bad.pb', rule: 'greedy' }, () => FILE.replace('c;2', 'c;3'))).toThrow(
      PabulibParseError,
    );
    expect(() => runTally({ file: 'bad.pb', rule: 'greedy' }, () => FILE.replace('c;2', 'c;3'))).toThrow(
      /^line 12: vote lists unknown project "3"/,
    );
  });
});

import { pabutoolsScript, RecountBudget, ruleOptions, shellWord, verifyResultCommands } from './recount-commands';

const budget = (result: Partial<RecountBudget['result']>, ballotType: RecountBudget['ballotType'] = 'APPROVAL') =>
  ({
    id: 'b1',
    ballotType,
    result: {
      rule: 'EQUAL_SHARES',
      add1Completion: true,
      winners: [{ id: 'p2' }, { id: 'p1' }],
      ballotsDigest: 'ab',
      ...result,
    },
  }) as RecountBudget;

describe('the commands that recount a published budget', () => {
  it.each([
    ['Equal Shares with ADD1, approval', budget({}), '--rule equal-shares-add1 --utility cost'],
    [
      'Equal Shares without ADD1, cumulative',
      budget({ add1Completion: false }, 'CUMULATIVE'),
      '--rule equal-shares --utility points',
    ],
    [
      'Equal Shares with the comparison step and a seed',
      budget({ equalSharesComparison: { criterion: 'EXCLUSION_RATIO' }, tieBreakSeed: 'tirage du 3 mai' }),
      "--rule equal-shares-add1 --utility cost --comparison exclusion-ratio --tie-seed 'tirage du 3 mai'",
    ],
    ['greedy', budget({ rule: 'GREEDY' }), '--rule greedy'],
    ['greedy without skipping', budget({ rule: 'GREEDY_NO_SKIP' }), '--rule greedy-no-skip'],
    ['Phragmén', budget({ rule: 'SEQUENTIAL_PHRAGMEN' }), '--rule phragmen'],
  ])('%s', (_name, b, options) => {
    expect(ruleOptions(b)?.join(' ')).toBe(options);
    const commands = verifyResultCommands(b, 'https://participer.example.fr');
    expect(commands.withApi).toBe(
      `npm run cli -- verify-result budget-b1.pb ${options} --api https://participer.example.fr --budget b1`,
    );
    expect(commands.offline).toBe(`npm run cli -- verify-result budget-b1.pb ${options} --winners p2,p1 --digest ab`);
    expect(commands.download).toBe('curl -fO https://participer.example.fr/open-data/files/budget-b1.pb');
  });

  it('leaves a greedy threshold to the file’s own META, which the CLI reads with --rule meta', () => {
    const b = budget({ rule: 'GREEDY', minProjectScore: 20 });
    const commands = verifyResultCommands(b, 'https://x.fr');
    expect(commands.withApi).toBeNull();
    expect(commands.offline).toBeNull();
    expect(commands.fromMeta).toBe(
      'npm run cli -- verify-result budget-b1.pb --rule meta --api https://x.fr --budget b1',
    );
  });

  it('writes an empty winners list as an empty shell word', () => {
    expect(verifyResultCommands(budget({ winners: [] }), 'https://x.fr').offline).toContain("--winners '' --digest");
  });

  it('gives the pabutools script only where pabutools has the same rule', () => {
    expect(pabutoolsScript(budget({}))).toContain('voter_budget_increment=1');
    expect(pabutoolsScript(budget({ add1Completion: false }))).toContain(
      'method_of_equal_shares(instance, profile, sat_class=Cost_Sat))',
    );
    expect(pabutoolsScript(budget({ rule: 'GREEDY' }))).toContain('greedy_utilitarian_welfare');
    expect(pabutoolsScript(budget({}, 'ORDINAL'))).toBeNull();
    expect(pabutoolsScript(budget({ tieBreakSeed: 'x' }))).toBeNull();
    expect(pabutoolsScript(budget({ rule: 'GREEDY_NO_SKIP' }))).toBeNull();
  });

  it('quotes shell words that need it, and only those', () => {
    expect(shellWord('https://a.fr:8443/x')).toBe('https://a.fr:8443/x');
    expect(shellWord("l'été")).toBe(`'l'\\''été'`);
    expect(shellWord('$(rm -rf /)')).toBe(`'$(rm -rf /)'`);
  });
});

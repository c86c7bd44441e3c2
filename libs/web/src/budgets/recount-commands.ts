/** What the journalists' page needs of a published budget to write the commands that recount it. */
export interface RecountBudget {
  id: string;
  ballotType: 'APPROVAL' | 'KNAPSACK' | 'CUMULATIVE' | 'ORDINAL';
  result: {
    rule: 'EQUAL_SHARES' | 'GREEDY' | 'GREEDY_NO_SKIP' | 'SEQUENTIAL_PHRAGMEN';
    add1Completion: boolean;
    minProjectScore?: number | null;
    tieBreakSeed?: string | null;
    equalSharesComparison?: { criterion: 'SATISFACTION' | 'EXCLUSION_RATIO' } | null;
    winners: { id: string }[];
    ballotsDigest: string;
  };
}

/** The `.pb` file's public name in open data (libs/open-data's `pabulibFileName`). */
export function pabulibFileName(budgetId: string): string {
  return `budget-${budgetId}.pb`;
}

/** A word for a POSIX shell, quoted only when it needs to be. */
export function shellWord(value: string): string {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * `verify-result`'s rule options for the rule the result was counted with, as
 * libs/budgets' `engineRuleOf` chose it; null when the CLI has no option for
 * it (a greedy threshold): `--rule meta` then reads it from the file.
 */
export function ruleOptions(budget: RecountBudget): string[] | null {
  const { result } = budget;
  switch (result.rule) {
    case 'GREEDY':
      return result.minProjectScore === null || result.minProjectScore === undefined ? ['--rule', 'greedy'] : null;
    case 'GREEDY_NO_SKIP':
      return ['--rule', 'greedy-no-skip'];
    case 'SEQUENTIAL_PHRAGMEN':
      return ['--rule', 'phragmen'];
    case 'EQUAL_SHARES': {
      const approval = budget.ballotType === 'APPROVAL' || budget.ballotType === 'KNAPSACK';
      const options = [
        '--rule',
        result.add1Completion ? 'equal-shares-add1' : 'equal-shares',
        '--utility',
        approval ? 'cost' : 'points',
      ];
      const criterion = result.equalSharesComparison?.criterion;
      if (criterion) options.push('--comparison', criterion === 'SATISFACTION' ? 'satisfaction' : 'exclusion-ratio');
      if (result.tieBreakSeed) options.push('--tie-seed', shellWord(result.tieBreakSeed));
      return options;
    }
  }
}

/**
 * The commands that recount a published result: from the public API (which
 * gives the published winners and digest), offline (both typed in), and with
 * the rule the file's META names.
 */
export function verifyResultCommands(budget: RecountBudget, origin: string) {
  const file = pabulibFileName(budget.id);
  const base = ['npm', 'run', 'cli', '--', 'verify-result', file];
  const rule = ruleOptions(budget);
  const api = ['--api', shellWord(origin), '--budget', budget.id];
  const offline = [
    '--winners',
    budget.result.winners.length > 0 ? budget.result.winners.map((w) => w.id).join(',') : "''",
    '--digest',
    budget.result.ballotsDigest,
  ];
  return {
    download: `curl -fO ${shellWord(`${origin}/open-data/files/${file}`)}`,
    sha256: `sha256sum ${file}`,
    withApi: rule ? [...base, ...rule, ...api].join(' ') : null,
    offline: rule ? [...base, ...rule, ...offline].join(' ') : null,
    fromMeta: [...base, '--rule', 'meta', ...api].join(' '),
  };
}

/**
 * The same count with pabutools (the reference Python library), where it has
 * the rule: Equal Shares with cost utilities (ADD1 as `voter_budget_increment=1`),
 * greedy by votes, sequential Phragmén, on approval ballots, without Quorum's
 * comparison step or tie-break draw. Null otherwise.
 */
export function pabutoolsScript(budget: RecountBudget): string | null {
  const { result } = budget;
  const approval = budget.ballotType === 'APPROVAL' || budget.ballotType === 'KNAPSACK';
  if (!approval || result.equalSharesComparison || result.tieBreakSeed) return null;
  let imports: string;
  let call: string;
  switch (result.rule) {
    case 'EQUAL_SHARES':
      imports =
        'from pabutools.election import parse_pabulib, Cost_Sat\nfrom pabutools.rules import method_of_equal_shares';
      call = result.add1Completion
        ? 'method_of_equal_shares(instance, profile, sat_class=Cost_Sat, voter_budget_increment=1)'
        : 'method_of_equal_shares(instance, profile, sat_class=Cost_Sat)';
      break;
    case 'GREEDY':
      if (result.minProjectScore !== null && result.minProjectScore !== undefined) return null;
      imports =
        'from pabutools.election import parse_pabulib, Cardinality_Sat\nfrom pabutools.rules import greedy_utilitarian_welfare';
      call = 'greedy_utilitarian_welfare(instance, profile, sat_class=Cardinality_Sat)';
      break;
    case 'SEQUENTIAL_PHRAGMEN':
      imports = 'from pabutools.election import parse_pabulib\nfrom pabutools.rules import sequential_phragmen';
      call = 'sequential_phragmen(instance, profile)';
      break;
    default:
      return null;
  }
  return [
    'pip install pabutools',
    "python3 - <<'EOF'",
    imports,
    `instance, profile = parse_pabulib("${pabulibFileName(budget.id)}")`,
    `print(sorted(project.name for project in ${call}))`,
    'EOF',
  ].join('\n');
}

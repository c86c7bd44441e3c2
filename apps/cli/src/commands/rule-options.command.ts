import { CommandRunner, Option } from 'nest-commander';

/** The options of a tally rule (toRuleSpec's spec), besides the rule itself, whose choices differ by command. */
export interface RuleOptions {
  rule?: string;
  utility?: string;
  tiebreak?: string;
  stop?: string;
  comparison?: string;
  tieSeed?: string;
}

/** The rule's options alone, as the engine's toRuleSpec and runTally take them. */
export function ruleSpecOf(options: RuleOptions): RuleOptions {
  const { rule, utility, tiebreak, stop, comparison, tieSeed } = options;
  return { rule, utility, tiebreak, stop, comparison, tieSeed };
}

/**
 * The rule's options, declared once for the commands that tally a file (`tally`,
 * `verify-result`): both hand them to the same engine, so they read them alike.
 */
export abstract class RuleOptionsCommand extends CommandRunner {
  @Option({ flags: '--utility <utility>', description: 'equal-shares utilities: cost (default), approval or points' })
  parseUtility(value: string): string {
    return value;
  }

  @Option({ flags: '--tiebreak <tiebreak>', description: 'greedy ties: id (default) or min-cost' })
  parseTiebreak(value: string): string {
    return value;
  }

  @Option({
    flags: '--stop <stop>',
    description: 'equal-shares-add1: exhaustive (pabutools) instead of stopping at overspending',
  })
  parseStop(value: string): string {
    return value;
  }

  @Option({
    flags: '--comparison <criterion>',
    description:
      'equal-shares: keep greedy outcome if more voters prefer it, by satisfaction (more of their projects funded) or exclusion-ratio (at least one)',
  })
  parseComparison(value: string): string {
    return value;
  }

  @Option({
    flags: '--tie-seed <seed>',
    description:
      'equal-shares: ties by lowest cost, then most votes, then the draw of this published seed (instead of id)',
  })
  parseTieSeed(value: string): string {
    return value;
  }
}

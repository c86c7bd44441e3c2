import { formatTallyOutput, PabulibParseError, ProfileError, runTally, TallyUsageError } from '@quorum/tally';
import { Command, CommandRunner, Option } from 'nest-commander';
import { CliError } from '../cli-error';

interface Options {
  rule?: string;
  utility?: string;
  tiebreak?: string;
  stop?: string;
  json?: boolean;
}

/** Thin wrapper: all logic lives in @quorum/tally's runTally / formatTallyOutput. */
@Command({
  name: 'tally',
  arguments: '<file>',
  description: 'Tally a Pabulib .pb file with greedy, equal-shares, equal-shares-add1 or phragmen',
})
export class TallyCommand extends CommandRunner {
  async run([file]: string[], options: Options): Promise<void> {
    if (!options.rule) throw new CliError('--rule is required (greedy, equal-shares, equal-shares-add1 or phragmen)');
    try {
      const output = runTally({
        file,
        rule: options.rule,
        utility: options.utility,
        tiebreak: options.tiebreak,
        stop: options.stop,
      });
      process.stdout.write(`${formatTallyOutput(output, options.json === true)}\n`);
    } catch (error) {
      if (error instanceof TallyUsageError) throw new CliError(error.message);
      if (error instanceof PabulibParseError || error instanceof ProfileError)
        throw new CliError(`${file}: ${error.message}`);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES')
        throw new CliError(`${file}: cannot read (${code})`);
      throw error;
    }
  }

  @Option({ flags: '--rule <rule>', description: 'greedy, equal-shares, equal-shares-add1 or phragmen' })
  parseRule(value: string): string {
    return value;
  }

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

  @Option({ flags: '--json', description: 'print one JSON object' })
  parseJson(): boolean {
    return true;
  }
}

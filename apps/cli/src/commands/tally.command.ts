import {
  formatTallyOutput,
  formatTallyWarnings,
  PabulibParseError,
  ProfileError,
  runTally,
  TallyUsageError,
} from '@quorum/tally';
import { Command, Option } from 'nest-commander';
import { CliError } from '../cli-error';
import { RuleOptions, RuleOptionsCommand, ruleSpecOf } from './rule-options.command';

interface Options extends RuleOptions {
  json?: boolean;
  strict?: boolean;
  minScore?: string;
}

/** Thin wrapper: all logic lives in @quorum/tally's runTally / formatTallyOutput. */
@Command({
  name: 'tally',
  arguments: '<file>',
  description:
    "Tally a Pabulib .pb file with a greedy variant, equal-shares, equal-shares-add1, phragmen or the file's own rule (meta)",
})
export class TallyCommand extends RuleOptionsCommand {
  async run([file]: string[], options: Options): Promise<void> {
    if (!options.rule)
      throw new CliError(
        '--rule is required (greedy, greedy-no-skip, greedy-threshold, greedy-exclusive, equal-shares, equal-shares-add1, phragmen or meta)',
      );
    try {
      const output = runTally({
        ...ruleSpecOf(options),
        rule: options.rule,
        file,
        minScore: options.minScore,
        strict: options.strict === true,
      });
      for (const line of formatTallyWarnings(output)) process.stderr.write(`${line}\n`);
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

  @Option({
    flags: '--rule <rule>',
    description:
      "greedy, greedy-no-skip, greedy-threshold, greedy-exclusive, equal-shares, equal-shares-add1, phragmen, a Pabulib META name (equalshares/add1) or meta (the file's own META rule)",
  })
  parseRule(value: string): string {
    return value;
  }

  @Option({
    flags: '--min-score <score>',
    description: 'greedy-threshold: projects scoring less are not eligible (default: META min_project_score_threshold)',
  })
  parseMinScore(value: string): string {
    return value;
  }

  @Option({ flags: '--json', description: 'print one JSON object (irregularities of the file in "warnings")' })
  parseJson(): boolean {
    return true;
  }

  @Option({
    flags: '--strict',
    description:
      'refuse a file whose ballots break its META limits or list a project twice (default: count them, warn on stderr)',
  })
  parseStrict(): boolean {
    return true;
  }
}

import { readFileSync } from 'node:fs';
import { PabulibParseError, parsePabulib, ProfileError, TallyUsageError, toRuleSpec } from '@quorum/tally';
import { Command, Option } from 'nest-commander';
import { CliError } from '../cli-error';
import { fetchPublishedResult } from '../verify/published-result.client';
import { differences, PublishedResult, recount } from '../verify/result-check';
import { RuleOptions, RuleOptionsCommand, ruleSpecOf } from './rule-options.command';

interface Options extends RuleOptions {
  api?: string;
  budget?: string;
  winners?: string;
  digest?: string;
}

/** Exit code when the file does not give the published result. */
const DIFFERS_EXIT_CODE = 1;

/**
 * An independent recount: needs no database, only the public ballots file and
 * the published result (from the public API, or typed in).
 */
@Command({
  name: 'verify-result',
  arguments: '<file>',
  description:
    'Recount a published budget from its ballots file (.pb) and compare winners and digest with the published result; prints MATCH or what differs',
})
export class VerifyResultCommand extends RuleOptionsCommand {
  async run([file]: string[], options: Options): Promise<void> {
    if (options.rule !== 'meta') this.ruleOf(options); // usage errors before any request
    const published = await this.publishedOf(options);
    const bytes = this.read(file);
    let mine;
    try {
      mine = recount(bytes, options.rule === 'meta' ? this.ruleOf(options, bytes) : this.ruleOf(options));
    } catch (error) {
      if (error instanceof PabulibParseError || error instanceof ProfileError)
        throw new CliError(`${file}: ${error.message}`);
      throw error;
    }
    const found = differences(mine, published);
    if (found.length === 0) {
      process.stdout.write('MATCH\n');
      return;
    }
    process.stdout.write(`DIFFERS\n${found.map((line) => `- ${line}`).join('\n')}\n`);
    process.exitCode = DIFFERS_EXIT_CODE;
  }

  /** The rule from the options; with `--rule meta`, from the file's META (rule, comparison, tie_break_seed) once read. */
  private ruleOf(options: Options, bytes?: Buffer) {
    if (!options.rule)
      throw new CliError('--rule is required (greedy, equal-shares, equal-shares-add1, phragmen or meta)');
    try {
      const spec = { ...ruleSpecOf(options), rule: options.rule };
      if (options.rule !== 'meta') return toRuleSpec(spec);
      return toRuleSpec(
        spec,
        bytes ? parsePabulib(bytes.toString('utf8')) : { meta: { rule: 'equalshares' }, projects: [] },
      );
    } catch (error) {
      if (error instanceof TallyUsageError) throw new CliError(error.message);
      throw error;
    }
  }

  private async publishedOf(options: Options): Promise<PublishedResult> {
    if (options.api) {
      if (!options.budget) throw new CliError('--api needs --budget ID');
      try {
        return await fetchPublishedResult(options.api, options.budget);
      } catch (error) {
        throw new CliError(`${options.api}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (options.winners === undefined || !options.digest)
      throw new CliError('give the published result: --api URL --budget ID, or --winners a,b,c --digest HEX');
    if (!/^[0-9a-fA-F]{64}$/.test(options.digest)) throw new CliError('--digest must be 64 hex characters (SHA-256)');
    return { winners: options.winners.split(',').filter(Boolean), ballotsDigest: options.digest };
  }

  private read(file: string): Buffer {
    try {
      return readFileSync(file);
    } catch (error) {
      throw new CliError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code})`);
    }
  }

  @Option({
    flags: '--rule <rule>',
    description:
      "greedy, equal-shares, equal-shares-add1 or phragmen (as the budget), or meta: the file's own META rule, comparison and tie_break_seed",
  })
  parseRule(value: string): string {
    return value;
  }

  @Option({
    flags: '--api <url>',
    description: 'the platform to ask for the published result, e.g. https://participez.ville.fr',
  })
  parseApi(value: string): string {
    return value;
  }

  @Option({ flags: '--budget <id>', description: 'the budget id (with --api)' })
  parseBudget(value: string): string {
    return value;
  }

  @Option({ flags: '--winners <ids>', description: 'published winners in order, comma-separated (without --api)' })
  parseWinners(value: string): string {
    return value;
  }

  @Option({ flags: '--digest <hex>', description: 'published ballots digest (without --api)' })
  parseDigest(value: string): string {
    return value;
  }
}

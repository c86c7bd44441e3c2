import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { CensusImportService } from '@quorum/identity';
import { Command } from 'nest-commander';
import { ContextCommand } from './context.command';
import { CliError } from '../cli-error';

@Command({
  name: 'census:import',
  arguments: '<file>',
  description:
    'Import census identifiers (CSV, one per line, optional district after a comma or semicolon, optional header "code"); idempotent',
})
export class CensusImportCommand extends ContextCommand {
  async run([file]: string[]): Promise<void> {
    if (!existsSync(file)) throw new CliError(`census:import: no such file: ${file}`);
    const census = await this.cli.get(CensusImportService);
    const report = await census.import(readLines(file), 'CLI', null);
    process.stdout.write(
      `added: ${report.added}\nalready present: ${report.alreadyPresent}\nmalformed: ${report.malformed}\n`,
    );
    if (report.malformedLines.length > 0) {
      process.stdout.write(
        `malformed lines: ${report.malformedLines.join(', ')}${report.malformed > report.malformedLines.length ? ', …' : ''}\n`,
      );
    }
  }
}

/** Lazy, so that no line is read (and lost) before the importer starts iterating. */
async function* readLines(file: string): AsyncGenerator<string> {
  yield* createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
}

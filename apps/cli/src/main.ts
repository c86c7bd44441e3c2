import 'reflect-metadata';
import { ConfigError } from '@quorum/config';
import { CommandFactory } from 'nest-commander';
import { CliError } from './cli-error';
import { CliModule } from './cli.module';

function fail(error: unknown): never {
  if (error instanceof CliError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(error instanceof CliError ? error.exitCode : 1);
  }
  const commanderError = error as { code?: string; exitCode?: number; message?: string };
  if (commanderError.code?.startsWith('commander.')) {
    // Commander already printed its usage message; help and version are not failures.
    const ok = ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(commanderError.code);
    process.exit(ok ? 0 : (commanderError.exitCode ?? 2));
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  await CommandFactory.run(CliModule, { logger: ['error', 'warn'], errorHandler: fail, serviceErrorHandler: fail });
}

main().catch(fail);

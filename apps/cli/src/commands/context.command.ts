import { Injectable } from '@nestjs/common';
import { CommandRunner } from 'nest-commander';
import { CliContext } from '../cli-context';

/** A command that works on the database: it reaches the domain services through the CLI's context. */
@Injectable()
export abstract class ContextCommand extends CommandRunner {
  constructor(protected readonly cli: CliContext) {
    super();
  }
}

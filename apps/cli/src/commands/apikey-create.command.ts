import { ApiKeyService } from '@quorum/reports';
import { Command } from 'nest-commander';
import { ContextCommand } from './context.command';
import { CliError } from '../cli-error';

@Command({
  name: 'apikey:create',
  arguments: '<name>',
  description: 'Create an Open311 api_key for a client; prints the key (shown once) on the last line',
})
export class ApiKeyCreateCommand extends ContextCommand {
  async run([name]: string[]): Promise<void> {
    const label = name?.trim();
    if (!label || label.length > 120)
      throw new CliError('apikey:create NAME: give the client a name of 1 to 120 characters');
    const { id, key } = await (await this.cli.get(ApiKeyService)).create(label);
    process.stdout.write(
      `Created Open311 api_key ${id} for "${label}". Only its hash is stored: keep it now.\n${key}\n`,
    );
  }
}

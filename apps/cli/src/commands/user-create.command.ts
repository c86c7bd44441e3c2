import { Role } from '@quorum/access';
import { DomainException } from '@quorum/common';
import { UserService } from '@quorum/identity';
import { Command, Option } from 'nest-commander';
import { ContextCommand } from './context.command';
import { CliError } from '../cli-error';

interface Options {
  email: string;
  password: string;
  role: Role;
  name?: string;
}

@Command({ name: 'user:create', description: 'Create an account and print its id' })
export class UserCreateCommand extends ContextCommand {
  async run(_args: string[], options: Options): Promise<void> {
    const users = await this.cli.get(UserService);
    try {
      const user = await users.create({
        email: options.email,
        password: options.password,
        role: options.role,
        displayName: options.name ?? options.email.split('@')[0],
      });
      process.stdout.write(`${user.id}\n`);
    } catch (error) {
      if (error instanceof DomainException) throw new CliError(`${error.code}: ${error.message}`);
      throw error;
    }
  }

  @Option({ flags: '--email <email>', description: 'Email address (sign-in name)', required: true })
  parseEmail(value: string): string {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) throw new CliError(`--email: "${value}" is not an email address`);
    return value;
  }

  @Option({ flags: '--password <password>', description: 'Initial password (password policy applies)', required: true })
  parsePassword(value: string): string {
    return value;
  }

  @Option({ flags: '--role <role>', description: 'ADMIN, STAFF or RESIDENT', defaultValue: Role.RESIDENT })
  parseRole(value: string): Role {
    const role = value.toUpperCase() as Role;
    if (!Object.values(Role).includes(role))
      throw new CliError(`--role must be ADMIN, STAFF or RESIDENT, not "${value}"`);
    return role;
  }

  @Option({ flags: '--name <displayName>', description: 'Display name (default: the part of the email before @)' })
  parseName(value: string): string {
    return value;
  }
}

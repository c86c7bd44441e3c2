import { runMigrations } from '@quorum/database';
import { Command } from 'nest-commander';
import { ContextCommand } from './context.command';
import { DemoSeeder } from '../seed/demo.seeder';

@Command({
  name: 'db:setup',
  description: 'Create the database if missing, apply migrations, seed demo data once (SEED_DEMO)',
})
export class DbSetupCommand extends ContextCommand {
  async run(): Promise<void> {
    const applied = await runMigrations(this.cli.config.database.url);
    process.stdout.write(
      applied.length ? `Applied migrations: ${applied.join(', ')}\n` : 'Database schema is up to date\n',
    );
    if (!this.cli.config.seedDemo) return;
    const seeded = await (await this.cli.get(DemoSeeder)).seed();
    process.stdout.write(seeded ? 'Seeded demo data (Toulouse)\n' : 'Demo data already present\n');
  }
}

import { AuditChainVerifier } from '@quorum/audit';
import { Command } from 'nest-commander';
import { ContextCommand } from './context.command';

/** Exit code when the chain does not match: the history was rewritten (or damaged). */
const MISMATCH_EXIT_CODE = 1;

@Command({
  name: 'audit:verify',
  description: 'Recompute the audit hash chain; print the first entry that does not match, or that all match',
})
export class AuditVerifyCommand extends ContextCommand {
  async run(): Promise<void> {
    const report = await (await this.cli.get(AuditChainVerifier)).verify();
    if (report.ok) {
      process.stdout.write(`OK: all ${report.count} entries match\n`);
      return;
    }
    process.stdout.write(
      `MISMATCH at entry ${report.mismatch.sequence}: ${report.mismatch.reason}\n` +
        `(${report.count} entries before it match)\n`,
    );
    process.exitCode = MISMATCH_EXIT_CODE;
  }
}

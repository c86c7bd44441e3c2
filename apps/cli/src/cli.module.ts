import { Module } from '@nestjs/common';
import { CliContext } from './cli-context';
import { ApiKeyCreateCommand } from './commands/apikey-create.command';
import { AuditVerifyCommand } from './commands/audit-verify.command';
import { CensusImportCommand } from './commands/census-import.command';
import { DbSetupCommand } from './commands/db-setup.command';
import { TallyCommand } from './commands/tally.command';
import { UploadsClaimCommand } from './commands/uploads-claim.command';
import { UserCreateCommand } from './commands/user-create.command';
import { VerifyResultCommand } from './commands/verify-result.command';

@Module({
  providers: [
    CliContext,
    ApiKeyCreateCommand,
    DbSetupCommand,
    UserCreateCommand,
    CensusImportCommand,
    TallyCommand,
    AuditVerifyCommand,
    VerifyResultCommand,
    UploadsClaimCommand,
  ],
})
export class CliModule {}

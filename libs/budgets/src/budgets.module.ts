import { Module } from '@nestjs/common';
import { AuditCoreModule } from '@quorum/audit';
import { IdentityCoreModule } from '@quorum/identity';
import { BudgetsPersonalDataContributor } from './personal-data/budgets-personal-data.contributor';
import { CloseVotingProcessor } from './jobs/close-voting.processor';
import { TallyBudgetProcessor } from './jobs/tally-budget.processor';
import { BallotResolver } from './resolvers/ballot.resolver';
import { BudgetAdminResolver } from './resolvers/budget-admin.resolver';
import { BudgetResolver } from './resolvers/budget.resolver';
import { BallotProjects } from './services/ballot-projects';
import { BallotReceiptService } from './services/ballot-receipt.service';
import { BallotService } from './services/ballot.service';
import { BudgetLifecycleService } from './services/budget-lifecycle.service';
import { BudgetService } from './services/budget.service';
import { VoterKey } from './services/voter-key';
import { BudgetBallotsReader } from './tally/budget-ballots.reader';
import { BudgetTallyService } from './tally/budget-tally.service';

const SERVICES = [
  BudgetService,
  BudgetLifecycleService,
  BallotService,
  BallotReceiptService,
  BallotProjects,
  VoterKey,
  BudgetTallyService,
  BudgetBallotsReader,
  BudgetsPersonalDataContributor,
];

/** Services only (needs QueueModule for enqueueing): for the API, the worker and the CLI. */
@Module({ imports: [AuditCoreModule, IdentityCoreModule], providers: SERVICES, exports: SERVICES })
export class BudgetsCoreModule {}

/** The GraphQL surface, for the API. */
@Module({ imports: [BudgetsCoreModule], providers: [BudgetResolver, BudgetAdminResolver, BallotResolver] })
export class BudgetsModule {}

/** The job handlers, for the worker. */
@Module({ imports: [BudgetsCoreModule], providers: [CloseVotingProcessor, TallyBudgetProcessor] })
export class BudgetsWorkerModule {}

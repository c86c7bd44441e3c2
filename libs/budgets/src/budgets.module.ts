import { Module } from '@nestjs/common';
import { AuditCoreModule } from '@quorum/audit';
import { ConsultationsCoreModule } from '@quorum/consultations';
import { IdentityCoreModule } from '@quorum/identity';
import { MailCoreModule } from '@quorum/mail';
import { PrivacyContractsModule } from '@quorum/privacy';
import { ProposalsCoreModule } from '@quorum/proposals';
import { BudgetsPersonalDataContributor } from './personal-data/budgets-personal-data.contributor';
import { CloseVotingProcessor } from './jobs/close-voting.processor';
import { TallyBudgetProcessor } from './jobs/tally-budget.processor';
import { BallotProofsRepository } from './repositories/ballot-proofs.repository';
import { BallotRepository } from './repositories/ballot.repository';
import { BudgetResultRepository } from './repositories/budget-result.repository';
import { BudgetRepository } from './repositories/budget.repository';
import { BudgetFollowRepository } from './repositories/budget-follow.repository';
import { BudgetFollowResolver } from './resolvers/budget-follow.resolver';
import { VotingOpeningsSource } from './mail/voting-openings.source';
import { BudgetFollowService } from './services/budget-follow.service';
import { BudgetsErasureParticipant } from './erasure/budgets-erasure.participant';
import { BallotResolver } from './resolvers/ballot.resolver';
import { BudgetAdminResolver } from './resolvers/budget-admin.resolver';
import { BudgetResolver } from './resolvers/budget.resolver';
import { BallotFiguresRepository } from './figures/ballot-figures.repository';
import { BallotFiguresResolver } from './figures/ballot-figures.resolver';
import { BudgetsDashboardRepository } from './figures/budgets-dashboard.repository';
import { BudgetsDashboardResolver } from './figures/budgets-dashboard.resolver';
import { BallotProjects } from './services/ballot-projects';
import { BallotReceiptService } from './services/ballot-receipt.service';
import { BallotService } from './services/ballot.service';
import { BudgetLifecycleService } from './services/budget-lifecycle.service';
import { BudgetService } from './services/budget.service';
import { TurnoutService } from './services/turnout.service';
import { DistrictTurnoutService } from './services/district-turnout.service';
import { ParticipationKeysRepository } from './repositories/participation-keys.repository';
import { BudgetDistrictTurnoutResolver } from './resolvers/budget-district-turnout.resolver';
import { VoterKey } from './services/voter-key';
import { VoteGroupRepository } from './repositories/vote-group.repository';
import { VoteGroupResolver, BudgetVoteGroupResolver } from './resolvers/vote-group.resolver';
import { VoteGroupService } from './services/vote-group.service';
import { VotingWorkflow } from './services/voting-workflow.service';
import { BudgetBallotsReader } from './counting/budget-ballots.reader';
import { BudgetTallyService } from './counting/budget-tally.service';
import { InPersonVoteRepository } from './repositories/in-person-vote.repository';
import { PaperBallotRepository } from './repositories/paper-ballot.repository';
import { InPersonVoteService } from './services/in-person-vote.service';
import { PaperBallotService } from './services/paper-ballot.service';
import { PersonKey } from './services/person-key';
import { PaperBallotResolver } from './resolvers/paper-ballot.resolver';

const REPOSITORIES = [
  BudgetRepository,
  BallotRepository,
  BudgetResultRepository,
  BallotProofsRepository,
  BudgetFollowRepository,
  InPersonVoteRepository,
  PaperBallotRepository,
  VoteGroupRepository,
  ParticipationKeysRepository,
];

const SERVICES = [
  BudgetService,
  TurnoutService,
  BudgetLifecycleService,
  BallotService,
  BallotReceiptService,
  BallotProjects,
  VoterKey,
  BudgetTallyService,
  BudgetBallotsReader,
  BudgetsPersonalDataContributor,
  BudgetsErasureParticipant,
  BudgetFollowService,
  PersonKey,
  InPersonVoteService,
  PaperBallotService,
  VoteGroupService,
  VotingWorkflow,
  VotingOpeningsSource,
  DistrictTurnoutService,
];

/** Services only (needs QueueModule for enqueueing): for the API, the worker and the CLI. */
@Module({
  imports: [
    AuditCoreModule,
    IdentityCoreModule,
    ConsultationsCoreModule,
    MailCoreModule,
    ProposalsCoreModule,
    PrivacyContractsModule,
  ],
  providers: [...REPOSITORIES, ...SERVICES],
  exports: SERVICES,
})
export class BudgetsCoreModule {}

/** The GraphQL surface, for the API. */
@Module({
  imports: [BudgetsCoreModule],
  providers: [
    BudgetResolver,
    BudgetAdminResolver,
    BallotResolver,
    BudgetFollowResolver,
    VoteGroupResolver,
    BudgetVoteGroupResolver,
    BallotFiguresRepository,
    BallotFiguresResolver,
    BudgetsDashboardRepository,
    BudgetsDashboardResolver,
    PaperBallotResolver,
    BudgetDistrictTurnoutResolver,
  ],
})
export class BudgetsModule {}

/** The job handlers, for the worker. */
@Module({ imports: [BudgetsCoreModule], providers: [CloseVotingProcessor, TallyBudgetProcessor] })
export class BudgetsWorkerModule {}

import { Module } from '@nestjs/common';
import { AuditCoreModule } from '@quorum/audit';
import { BudgetsCoreModule } from '@quorum/budgets';
import { MailCoreModule } from '@quorum/mail';
import { PrivacyContractsModule } from '@quorum/privacy';
import { ProposalsCoreModule } from '@quorum/proposals';
import { ReportsCoreModule } from '@quorum/reports';
import { TrackingErasureParticipant } from './erasure/tracking-erasure.participant';
import { MergeDuplicatesProcessor } from './jobs/merge-duplicates.processor';
import { TrackOutcomeProcessor } from './jobs/track-outcome.processor';
import { TrackingPersonalDataContributor } from './personal-data/tracking-personal-data.contributor';
import { DuplicateItemRepository } from './repositories/duplicate-item.repository';
import { FollowerRepository } from './repositories/follower.repository';
import { TrackedItemRepository } from './repositories/tracked-item.repository';
import { FollowResolver } from './resolvers/follow.resolver';
import { TrackedItemResolver } from './resolvers/tracked-item.resolver';
import { TrackedItemUpdateResolver } from './resolvers/tracked-item-update.resolver';
import { DuplicateMergeService } from './services/duplicate-merge.service';
import { FollowService } from './services/follow.service';
import { OutcomeTrackingService } from './services/outcome-tracking.service';
import { TrackedItemService } from './services/tracked-item.service';

const REPOSITORIES = [TrackedItemRepository, FollowerRepository, DuplicateItemRepository];

const SERVICES = [
  TrackedItemService,
  OutcomeTrackingService,
  FollowService,
  DuplicateMergeService,
  TrackingErasureParticipant,
  TrackingPersonalDataContributor,
];

/** Services only: for the API, the worker and the CLI. */
@Module({
  imports: [
    AuditCoreModule,
    BudgetsCoreModule,
    MailCoreModule,
    ProposalsCoreModule,
    // The photo upload and re-encoding of report photos, which updates' photos reuse.
    ReportsCoreModule,
    PrivacyContractsModule,
  ],
  providers: [...REPOSITORIES, ...SERVICES],
  exports: [...SERVICES, TrackedItemRepository],
})
export class TrackingCoreModule {}

/** The GraphQL surface, for the API. */
@Module({ imports: [TrackingCoreModule], providers: [TrackedItemResolver, TrackedItemUpdateResolver, FollowResolver] })
export class TrackingModule {}

/** The job handlers, for the worker. */
@Module({ imports: [TrackingCoreModule], providers: [TrackOutcomeProcessor, MergeDuplicatesProcessor] })
export class TrackingWorkerModule {}

import { Module } from '@nestjs/common';
import { AuditCoreModule } from '@quorum/audit';
import { ConsultationsCoreModule } from '@quorum/consultations';
import { IdentityCoreModule } from '@quorum/identity';
import { PrivacyContractsModule } from '@quorum/privacy';
import { ProposalsErasureParticipant } from './erasure/proposals-erasure.participant';
import { ProposalsPersonalDataContributor } from './personal-data/proposals-personal-data.contributor';
import { AnswerResolver } from './resolvers/answer.resolver';
import { ProposalMutationResolver } from './resolvers/proposal-mutation.resolver';
import { CommentRepository } from './repositories/comment.repository';
import { ModerationRepository } from './repositories/moderation.repository';
import { ParticipantRepository } from './repositories/participant.repository';
import { ProposalRepository } from './repositories/proposal.repository';
import { ResidentDataRepository } from './repositories/resident-data.repository';
import { SupportRepository } from './repositories/support.repository';
import { ProposalResolver } from './resolvers/proposal.resolver';
import { MyProposalsResolver } from './resolvers/my-proposals.resolver';
import { ProposalPreviewResolver } from './resolvers/proposal-preview.resolver';
import { MyProposalsRepository } from './repositories/my-proposals.repository';
import { SupportResolver } from './resolvers/support.resolver';
import { CommentResolver } from './resolvers/comment.resolver';
import { ModerationResolver } from './resolvers/moderation.resolver';
import { ParticipationFiguresRepository } from './figures/participation-figures.repository';
import { ParticipationFiguresResolver } from './figures/participation-figures.resolver';
import { ConsultationFiguresResolver } from './figures/consultation-figures.resolver';
import { ProposalsDashboardRepository } from './figures/proposals-dashboard.repository';
import { ProposalsDashboardResolver } from './figures/proposals-dashboard.resolver';
import { AnswerService } from './services/answer.service';
import { CommentService } from './services/comment.service';
import { ModerationService } from './services/moderation.service';
import { ProposalReader } from './services/proposal-reader.service';
import { ProposalReferencesValidator } from './services/proposal-references';
import { ProposalService } from './services/proposal.service';
import { SupportService } from './services/support.service';
import { MailCoreModule } from '@quorum/mail';
import { ProposalFollowRepository } from './repositories/proposal-follow.repository';
import { ProposalFollowResolver } from './resolvers/proposal-follow.resolver';
import { ModerationDigestContributor } from './digest/moderation-digest.contributor';
import { PhaseOpeningsSource } from './mail/phase-openings.source';
import { ProposalFollowService } from './services/proposal-follow.service';

const REPOSITORIES = [
  ProposalRepository,
  SupportRepository,
  ParticipantRepository,
  CommentRepository,
  ModerationRepository,
  ResidentDataRepository,
  ProposalFollowRepository,
];

const SERVICES = [
  ProposalService,
  ProposalReader,
  ProposalReferencesValidator,
  SupportService,
  AnswerService,
  ModerationService,
  CommentService,
  ProposalsErasureParticipant,
  ProposalsPersonalDataContributor,
  ProposalFollowService,
  ModerationDigestContributor,
  PhaseOpeningsSource,
];

/** Services only: usable by the CLI and the worker. */
@Module({
  imports: [ConsultationsCoreModule, AuditCoreModule, IdentityCoreModule, MailCoreModule, PrivacyContractsModule],
  providers: [...REPOSITORIES, ...SERVICES],
  exports: SERVICES,
})
export class ProposalsCoreModule {}

/** Adds the GraphQL surface, for the API. */
@Module({
  imports: [ProposalsCoreModule, ConsultationsCoreModule],
  providers: [
    ProposalResolver,
    MyProposalsResolver,
    MyProposalsRepository,
    ProposalPreviewResolver,
    ProposalMutationResolver,
    SupportResolver,
    ProposalFollowResolver,
    AnswerResolver,
    ModerationResolver,
    CommentResolver,
    ParticipationFiguresRepository,
    ParticipationFiguresResolver,
    ConsultationFiguresResolver,
    ProposalsDashboardRepository,
    ProposalsDashboardResolver,
  ],
})
export class ProposalsModule {}

import { Module } from '@nestjs/common';
import { AuditCoreModule } from '@quorum/audit';
import { ConsultationsCoreModule } from '@quorum/consultations';
import { IdentityCoreModule } from '@quorum/identity';
import { ProposalsErasureParticipant } from './erasure/proposals-erasure.participant';
import { ProposalsPersonalDataContributor } from './personal-data/proposals-personal-data.contributor';
import { AnswerResolver } from './resolvers/answer.resolver';
import { ProposalMutationResolver } from './resolvers/proposal-mutation.resolver';
import { ProposalResolver } from './resolvers/proposal.resolver';
import { SupportResolver } from './resolvers/support.resolver';
import { CommentResolver } from './resolvers/comment.resolver';
import { ModerationResolver } from './resolvers/moderation.resolver';
import { AnswerService } from './services/answer.service';
import { CommentService } from './services/comment.service';
import { ModerationService } from './services/moderation.service';
import { ProposalReader } from './services/proposal-reader.service';
import { ProposalReferencesValidator } from './services/proposal-references';
import { ProposalService } from './services/proposal.service';
import { SupportService } from './services/support.service';

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
];

/** Services only: usable by the CLI and the worker. */
@Module({
  imports: [ConsultationsCoreModule, AuditCoreModule, IdentityCoreModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class ProposalsCoreModule {}

/** Adds the GraphQL surface, for the API. */
@Module({
  imports: [ProposalsCoreModule, ConsultationsCoreModule],
  providers: [
    ProposalResolver,
    ProposalMutationResolver,
    SupportResolver,
    AnswerResolver,
    ModerationResolver,
    CommentResolver,
  ],
})
export class ProposalsModule {}

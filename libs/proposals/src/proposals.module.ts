import { Module } from '@nestjs/common';
import { ConsultationsCoreModule } from '@quorum/consultations';
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
];

/** Services only: usable by the CLI and the worker. */
@Module({ imports: [ConsultationsCoreModule], providers: SERVICES, exports: SERVICES })
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

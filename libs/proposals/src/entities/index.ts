export * from './comment.entity';
export * from './content-report.entity';
export * from './moderation.entity';
export * from './moderation-decision.entity';
export * from './participant-counter.entity';
export * from './proposal-answer.entity';
export * from './proposal-follow.entity';
export * from './proposal-support.entity';
export * from './proposal.entity';

import { CommentEntity } from './comment.entity';
import { ContentReportEntity } from './content-report.entity';
import { ModerationEntity } from './moderation.entity';
import { ModerationDecisionEntity } from './moderation-decision.entity';
import { ParticipantCounterEntity } from './participant-counter.entity';
import { ProposalAnswerEntity } from './proposal-answer.entity';
import { ProposalFollowEntity } from './proposal-follow.entity';
import { ProposalSupportEntity } from './proposal-support.entity';
import { ProposalEntity } from './proposal.entity';

/** This domain's TypeORM entities, for the apps' data sources (`DatabaseModule.forRoot`). */
export const PROPOSALS_ENTITIES = [
  ProposalEntity,
  ProposalSupportEntity,
  ParticipantCounterEntity,
  ProposalAnswerEntity,
  CommentEntity,
  ModerationEntity,
  ContentReportEntity,
  ProposalFollowEntity,
  ModerationDecisionEntity,
];

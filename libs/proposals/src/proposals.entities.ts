import { CommentEntity } from './entities/comment.entity';
import { ContentReportEntity } from './entities/content-report.entity';
import { ModerationEntity } from './entities/moderation.entity';
import { ParticipantCounterEntity } from './entities/participant-counter.entity';
import { ProposalAnswerEntity } from './entities/proposal-answer.entity';
import { ProposalSupportEntity } from './entities/proposal-support.entity';
import { ProposalEntity } from './entities/proposal.entity';

export const PROPOSALS_ENTITIES = [
  ProposalEntity,
  ProposalSupportEntity,
  ParticipantCounterEntity,
  ProposalAnswerEntity,
  CommentEntity,
  ModerationEntity,
  ContentReportEntity,
];

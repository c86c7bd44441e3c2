export * from './ballot.entity';
export * from './budget-follow.entity';
export * from './budget-merkle-chunk.entity';
export * from './budget-participation.entity';
export * from './budget-project.entity';
export * from './budget-result.entity';
export * from './budget.entity';
export * from './in-person-vote.entity';
export * from './paper-ballot-batch.entity';
export * from './paper-ballot-sheet.entity';
export * from './vote-group.entity';
export * from './vote-group-voter.entity';

import { BallotEntity } from './ballot.entity';
import { BudgetFollowEntity } from './budget-follow.entity';
import { BudgetMerkleChunkEntity } from './budget-merkle-chunk.entity';
import { BudgetParticipationEntity } from './budget-participation.entity';
import { BudgetProjectEntity } from './budget-project.entity';
import { BudgetResultEntity } from './budget-result.entity';
import { BudgetEntity } from './budget.entity';
import { InPersonVoteEntity } from './in-person-vote.entity';
import { PaperBallotBatchEntity } from './paper-ballot-batch.entity';
import { PaperBallotSheetEntity } from './paper-ballot-sheet.entity';
import { VoteGroupEntity } from './vote-group.entity';
import { VoteGroupVoterEntity } from './vote-group-voter.entity';

/** This domain's TypeORM entities, for the apps' data sources (`DatabaseModule.forRoot`). */
export const BUDGETS_ENTITIES = [
  BudgetEntity,
  BudgetProjectEntity,
  BallotEntity,
  BudgetParticipationEntity,
  BudgetResultEntity,
  BudgetMerkleChunkEntity,
  BudgetFollowEntity,
  InPersonVoteEntity,
  PaperBallotBatchEntity,
  PaperBallotSheetEntity,
  VoteGroupEntity,
  VoteGroupVoterEntity,
];

import { BallotEntity } from './entities/ballot.entity';
import { BudgetParticipationEntity } from './entities/budget-participation.entity';
import { BudgetProjectEntity } from './entities/budget-project.entity';
import { BudgetResultEntity } from './entities/budget-result.entity';
import { BudgetEntity } from './entities/budget.entity';

export const BUDGETS_ENTITIES = [
  BudgetEntity,
  BudgetProjectEntity,
  BallotEntity,
  BudgetParticipationEntity,
  BudgetResultEntity,
];

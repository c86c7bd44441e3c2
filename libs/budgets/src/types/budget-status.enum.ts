import { registerEnumType } from '@nestjs/graphql';

/** DRAFT → OPEN → CLOSED → TALLIED → PUBLISHED, never backwards. */
export enum BudgetStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  TALLIED = 'TALLIED',
  PUBLISHED = 'PUBLISHED',
}

registerEnumType(BudgetStatus, { name: 'BudgetStatus' });

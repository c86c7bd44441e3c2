import { isUuid, NotFoundException } from '@quorum/common';

/**
 * The budget id a client sent, refused as a budget that does not exist (NOT_FOUND) when it cannot be one,
 * before PostgreSQL refuses it as a value (VALIDATION_FAILED). For the arguments and inputs that take any string.
 */
export function knownBudgetId(budgetId: string): string {
  if (!isUuid(budgetId)) throw new NotFoundException('Budget', budgetId);
  return budgetId;
}

import { AuthenticatedUser, Role } from '@quorum/access';
import { BudgetStatus } from '../types/budget-status.enum';

export function isStaff(user: AuthenticatedUser | null): boolean {
  return user?.role === Role.STAFF || user?.role === Role.ADMIN;
}

/** Residents see results once published; staff see them from the tally on, to review before publishing. */
export function resultVisible(status: BudgetStatus, user: AuthenticatedUser | null): boolean {
  if (status === BudgetStatus.PUBLISHED) return true;
  return status === BudgetStatus.TALLIED && isStaff(user);
}

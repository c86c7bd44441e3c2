import { Role } from '@quorum/access';
import { PATHS } from '../routes/paths';

/** One route of the back office: who may use it is part of its definition, not of its handler. */
export interface StaffRoute {
  method: 'GET' | 'POST';
  path: string;
  /** The least role that may use it (ADMIN includes STAFF). */
  role: Role.STAFF | Role.ADMIN;
}

/**
 * Every route of the back office (`/gestion…`), with the role it requires.
 * Controllers route on these entries only (`StaffGet` / `StaffPost`), and
 * test/browser/staff-access.browser-spec.ts visits each one as anonymous,
 * resident, verified resident, staff and admin; it also fails when a route
 * under /gestion is not listed here, so a page cannot ship unguarded.
 */
export const STAFF_ROUTES = {
  home: { method: 'GET', path: PATHS.staff, role: Role.STAFF },
  moderation: { method: 'GET', path: PATHS.staffModeration, role: Role.STAFF },
  moderationHide: { method: 'POST', path: PATHS.staffModerationHide, role: Role.STAFF },
  moderationRestore: { method: 'POST', path: PATHS.staffModerationRestore, role: Role.STAFF },
  moderationDismiss: { method: 'POST', path: PATHS.staffModerationDismiss, role: Role.STAFF },
  moderationBlock: { method: 'POST', path: PATHS.staffModerationBlock, role: Role.STAFF },
  census: { method: 'GET', path: PATHS.staffCensus, role: Role.STAFF },
  censusImport: { method: 'POST', path: PATHS.staffCensus, role: Role.STAFF },
  budgets: { method: 'GET', path: PATHS.staffBudgets, role: Role.STAFF },
  budgetNew: { method: 'GET', path: PATHS.staffBudgetNew, role: Role.STAFF },
  budgetCreate: { method: 'POST', path: PATHS.staffBudgetNew, role: Role.STAFF },
  budget: { method: 'GET', path: PATHS.staffBudget, role: Role.STAFF },
  budgetAddProject: { method: 'POST', path: PATHS.staffBudgetProjects, role: Role.STAFF },
  budgetFeasibility: { method: 'GET', path: PATHS.staffBudgetFeasibility, role: Role.STAFF },
  budgetSetFeasibility: { method: 'POST', path: PATHS.staffBudgetFeasibility, role: Role.STAFF },
  budgetOpen: { method: 'POST', path: PATHS.staffBudgetOpen, role: Role.STAFF },
  budgetSchedule: { method: 'POST', path: PATHS.staffBudgetSchedule, role: Role.STAFF },
  budgetClose: { method: 'POST', path: PATHS.staffBudgetClose, role: Role.STAFF },
  budgetRetry: { method: 'POST', path: PATHS.staffBudgetRetry, role: Role.STAFF },
  budgetPublish: { method: 'POST', path: PATHS.staffBudgetPublish, role: Role.STAFF },
  budgetPaper: { method: 'GET', path: PATHS.staffBudgetPaper, role: Role.STAFF },
  budgetPaperSheet: { method: 'POST', path: PATHS.staffBudgetPaper, role: Role.STAFF },
  budgetPaperMark: { method: 'POST', path: PATHS.staffBudgetPaperMark, role: Role.STAFF },
  audit: { method: 'GET', path: PATHS.staffAudit, role: Role.STAFF },
} as const satisfies Record<string, StaffRoute>;

/** Where the back office lives: any route under it must be in STAFF_ROUTES. */
export const STAFF_PREFIX = PATHS.staff;

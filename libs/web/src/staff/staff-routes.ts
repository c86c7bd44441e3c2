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
  budgetProject: { method: 'GET', path: PATHS.staffBudgetProject, role: Role.STAFF },
  budgetUpdateProject: { method: 'POST', path: PATHS.staffBudgetProject, role: Role.STAFF },
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
  budgetPaperBatchNew: { method: 'GET', path: PATHS.staffBudgetPaperBatchNew, role: Role.STAFF },
  budgetPaperBatchRecord: { method: 'POST', path: PATHS.staffBudgetPaperBatchNew, role: Role.STAFF },
  budgetPaperBatch: { method: 'GET', path: PATHS.staffBudgetPaperBatch, role: Role.STAFF },
  budgetPaperBatchEnter: { method: 'POST', path: PATHS.staffBudgetPaperBatch, role: Role.STAFF },
  voteGroups: { method: 'GET', path: PATHS.staffVoteGroups, role: Role.STAFF },
  voteGroupCreate: { method: 'POST', path: PATHS.staffVoteGroups, role: Role.STAFF },
  audit: { method: 'GET', path: PATHS.staffAudit, role: Role.STAFF },
  reports: { method: 'GET', path: PATHS.staffReports, role: Role.STAFF },
  reportsStatus: { method: 'POST', path: PATHS.staffReportsStatus, role: Role.STAFF },
  reportsDepartment: { method: 'POST', path: PATHS.staffReportsDepartment, role: Role.STAFF },
  reportCategories: { method: 'GET', path: PATHS.staffReportCategories, role: Role.STAFF },
  reportCategorySave: { method: 'POST', path: PATHS.staffReportCategories, role: Role.STAFF },
  openData: { method: 'GET', path: PATHS.staffOpenData, role: Role.STAFF },
  openDataRequest: { method: 'POST', path: PATHS.staffOpenData, role: Role.STAFF },
  openDataJob: { method: 'GET', path: PATHS.staffOpenDataJob, role: Role.STAFF },
  apiKeys: { method: 'GET', path: PATHS.staffApiKeys, role: Role.ADMIN },
  apiKeyCreate: { method: 'POST', path: PATHS.staffApiKeys, role: Role.ADMIN },
  apiKeyRevoke: { method: 'POST', path: PATHS.staffApiKeyRevoke, role: Role.ADMIN },
  accounts: { method: 'GET', path: PATHS.staffAccounts, role: Role.ADMIN },
  accountRole: { method: 'POST', path: PATHS.staffAccountRole, role: Role.ADMIN },
  verification: { method: 'GET', path: PATHS.staffVerification, role: Role.STAFF },
  verificationSearch: { method: 'POST', path: PATHS.staffVerificationSearch, role: Role.STAFF },
  verificationVerify: { method: 'POST', path: PATHS.staffVerification, role: Role.STAFF },
  dashboard: { method: 'GET', path: PATHS.staffDashboard, role: Role.STAFF },
  consultations: { method: 'GET', path: PATHS.staffConsultations, role: Role.STAFF },
  consultationNew: { method: 'GET', path: PATHS.staffConsultationNew, role: Role.STAFF },
  consultationCreate: { method: 'POST', path: PATHS.staffConsultationNew, role: Role.STAFF },
  consultation: { method: 'GET', path: PATHS.staffConsultation, role: Role.STAFF },
  consultationUpdate: { method: 'POST', path: PATHS.staffConsultation, role: Role.STAFF },
  consultationPublish: { method: 'POST', path: PATHS.staffConsultationPublish, role: Role.STAFF },
  consultationUnpublish: { method: 'POST', path: PATHS.staffConsultationUnpublish, role: Role.STAFF },
  consultationPreview: { method: 'GET', path: PATHS.staffConsultationPreview, role: Role.STAFF },
  proposals: { method: 'GET', path: PATHS.staffProposals, role: Role.STAFF },
  proposal: { method: 'GET', path: PATHS.staffProposal, role: Role.STAFF },
  proposalAnswer: { method: 'POST', path: PATHS.staffProposalAnswer, role: Role.STAFF },
  proposalAnswerPublish: { method: 'POST', path: PATHS.staffProposalAnswerPublish, role: Role.STAFF },
  proposalProject: { method: 'POST', path: PATHS.staffProposalProject, role: Role.STAFF },
  trackedItems: { method: 'GET', path: PATHS.staffTrackedItems, role: Role.STAFF },
  trackedItem: { method: 'GET', path: PATHS.staffTrackedItem, role: Role.STAFF },
  trackedItemUpdate: { method: 'POST', path: PATHS.staffTrackedItem, role: Role.STAFF },
  trackedItemNews: { method: 'GET', path: PATHS.staffTrackedItemNews, role: Role.STAFF },
  trackedItemAddNews: { method: 'POST', path: PATHS.staffTrackedItemNews, role: Role.STAFF },
  trackedItemDeliberation: { method: 'GET', path: PATHS.staffTrackedItemDeliberations, role: Role.STAFF },
  trackedItemLinkDeliberation: { method: 'POST', path: PATHS.staffTrackedItemDeliberations, role: Role.STAFF },
} as const satisfies Record<string, StaffRoute>;

/** Where the back office lives: any route under it must be in STAFF_ROUTES. */
export const STAFF_PREFIX = PATHS.staff;

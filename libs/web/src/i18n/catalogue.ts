import { accountsMessages } from '../accounts/accounts.messages';
import { budgetsMessages } from '../budgets/budgets.messages';
import { eligibilityMessages } from '../budgets/eligibility.messages';
import { consultationsMessages } from '../consultations/consultations.messages';
import { errorsMessages } from '../errors/errors.messages';
import { formsMessages } from '../forms/forms.messages';
import { homeMessages } from '../home/home.messages';
import { layoutMessages } from '../layout/layout.messages';
import { legalMessages } from '../legal/legal.messages';
import { proposalsMessages } from '../proposals/proposals.messages';
import { reportsMessages } from '../reports/reports.messages';
import { searchMessages } from '../search/search.messages';
import { myProposalsMessages } from '../proposals/my-proposals.messages';
import { proposalFormMessages } from '../proposals/proposal-form.messages';
import { auditMessages } from '../staff/audit/audit.messages';
import { staffBudgetsMessages } from '../staff/budgets/staff-budgets.messages';
import { paperBallotsMessages } from '../staff/budgets/paper-ballots.messages';
import { paperBatchMessages } from '../staff/budgets/paper-batch.messages';
import { voteGroupsMessages } from '../staff/budgets/vote-groups.messages';
import { censusMessages } from '../staff/census/census.messages';
import { verificationMessages } from '../staff/census/verification.messages';
import { dashboardMessages } from '../staff/dashboard/dashboard.messages';
import { staffConsultationsMessages } from '../staff/consultations/staff-consultations.messages';
import { staffProposalsMessages } from '../staff/proposals/staff-proposals.messages';
import { moderationMessages } from '../staff/moderation/moderation.messages';
import { staffMessages } from '../staff/staff.messages';
import { trackingMessages } from '../tracking/tracking.messages';
import { staffReportsMessages } from '../staff/reports/staff-reports.messages';
import { staffTrackingMessages } from '../staff/tracking/staff-tracking.messages';
import { staffAdminMessages } from '../staff/admin/staff-admin.messages';
import { mapMessages } from '../map/map.messages';
import type { Locale } from './locale';

/**
 * Every string of the website, by domain (each domain's `*.messages.ts`,
 * keys prefixed with the domain). A new domain adds its messages here.
 */
export const DOMAIN_MESSAGES = [
  layoutMessages,
  formsMessages,
  errorsMessages,
  homeMessages,
  accountsMessages,
  legalMessages,
  searchMessages,
  budgetsMessages,
  proposalFormMessages,
  myProposalsMessages,
  consultationsMessages,
  proposalsMessages,
  staffMessages,
  moderationMessages,
  auditMessages,
  censusMessages,
  verificationMessages,
  dashboardMessages,
  staffBudgetsMessages,
  staffConsultationsMessages,
  staffProposalsMessages,
  reportsMessages,
  trackingMessages,
  staffReportsMessages,
  staffTrackingMessages,
  staffAdminMessages,
  mapMessages,
  paperBallotsMessages,
  paperBatchMessages,
  voteGroupsMessages,
  eligibilityMessages,
] as const;

type Domain = (typeof DOMAIN_MESSAGES)[number];
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

export type FrenchCatalogue = UnionToIntersection<Domain['fr']>;
export type MessageKey = keyof FrenchCatalogue & string;

export const catalogue: Record<Locale, Record<MessageKey, string>> = {
  fr: Object.assign({}, ...DOMAIN_MESSAGES.map((d) => d.fr)),
  en: Object.assign({}, ...DOMAIN_MESSAGES.map((d) => d.en)),
};

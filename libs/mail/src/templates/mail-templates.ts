import { BallotCastParams, ballotCastTemplate } from './ballot-cast.template';
import { BudgetResultsParams, budgetResultsTemplate } from './budget-results.template';
import { BudgetVotingOpensParams, budgetVotingOpensTemplate } from './budget-voting-opens.template';
import { EmailConfirmationParams, emailConfirmationTemplate } from './email-confirmation.template';
import { followedReportStatusTemplate } from './followed-report-status.template';
import { MailContent, MailContext } from './mail-content';
import { PasswordResetParams, passwordResetTemplate } from './password-reset.template';
import { PhaseOpeningParams, phaseOpeningTemplate } from './phase-opening.template';
import { ProposalNewsParams, proposalNewsTemplate } from './proposal-news.template';
import { ReportReceivedParams, reportReceivedTemplate } from './report-received.template';
import { ReportStatusParams, reportStatusTemplate } from './report-status.template';
import { SignUpAttemptParams, signUpAttemptTemplate } from './sign-up-attempt.template';
import { StaffDigestParams, staffDigestTemplate } from './staff-digest.template';
import { TrackedItemNewsParams, trackedItemNewsTemplate } from './tracked-item-news.template';

/** Every message the platform sends, by name, with its parameters. */
export interface MailTemplateParams {
  'ballot-cast': BallotCastParams;
  'budget-results': BudgetResultsParams;
  'email-confirmation': EmailConfirmationParams;
  'sign-up-attempt': SignUpAttemptParams;
  'password-reset': PasswordResetParams;
  'proposal-news': ProposalNewsParams;
  'report-received': ReportReceivedParams;
  'report-status': ReportStatusParams;
  'followed-report-status': ReportStatusParams;
  'tracked-item-news': TrackedItemNewsParams;
  'staff-digest': StaffDigestParams;
  'phase-opening': PhaseOpeningParams;
  'budget-voting-opens': BudgetVotingOpensParams;
}
export type MailTemplateName = keyof MailTemplateParams;

type Templates = { [T in MailTemplateName]: (params: MailTemplateParams[T], context: MailContext) => MailContent };

export const MAIL_TEMPLATES: Templates = {
  'ballot-cast': ballotCastTemplate,
  'budget-results': budgetResultsTemplate,
  'email-confirmation': emailConfirmationTemplate,
  'sign-up-attempt': signUpAttemptTemplate,
  'password-reset': passwordResetTemplate,
  'proposal-news': proposalNewsTemplate,
  'report-received': reportReceivedTemplate,
  'report-status': reportStatusTemplate,
  'followed-report-status': followedReportStatusTemplate,
  'tracked-item-news': trackedItemNewsTemplate,
  'staff-digest': staffDigestTemplate,
  'phase-opening': phaseOpeningTemplate,
  'budget-voting-opens': budgetVotingOpensTemplate,
};

export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.prototype.hasOwnProperty.call(MAIL_TEMPLATES, name);
}

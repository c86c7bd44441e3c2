import { BallotCastParams, ballotCastTemplate } from './ballot-cast.template';
import { BudgetResultsParams, budgetResultsTemplate } from './budget-results.template';
import { EmailConfirmationParams, emailConfirmationTemplate } from './email-confirmation.template';
import { MailContent, MailContext } from './mail-content';
import { PasswordResetParams, passwordResetTemplate } from './password-reset.template';
import { ProposalNewsParams, proposalNewsTemplate } from './proposal-news.template';
import { ReportReceivedParams, reportReceivedTemplate } from './report-received.template';
import { ReportStatusParams, reportStatusTemplate } from './report-status.template';
import { SignUpAttemptParams, signUpAttemptTemplate } from './sign-up-attempt.template';

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
};

export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.prototype.hasOwnProperty.call(MAIL_TEMPLATES, name);
}

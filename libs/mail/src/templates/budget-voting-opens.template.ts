import { MailContent, MailContext } from './mail-content';
import { mailDateTime } from './mail-date';

export interface BudgetVotingOpensParams {
  budgetId: string;
  budgetTitle: string;
  /** When voting closes, ISO 8601. */
  closesAt: string;
}

/** To the residents following a budget: its vote opened. */
export function budgetVotingOpensTemplate(p: BudgetVotingOpensParams, { locale, publicUrl }: MailContext): MailContent {
  // The website's PATHS.budget (this library imports no website).
  const url = `${publicUrl}/budgets-participatifs/${encodeURIComponent(p.budgetId)}`;
  const until = mailDateTime(p.closesAt, locale);
  if (locale === 'en')
    return {
      subject: `Voting is open: ${p.budgetTitle}`,
      paragraphs: [`Voting on "${p.budgetTitle}" is open until ${until}.`],
      action: { label: 'See the projects and vote', url },
      notes: ['You receive this message because you follow this budget.'],
    };
  return {
    subject: `Le vote est ouvert : ${p.budgetTitle}`,
    paragraphs: [`Le vote sur « ${p.budgetTitle} » est ouvert jusqu’au ${until}.`],
    action: { label: 'Voir les projets et voter', url },
    notes: ['Vous recevez ce message parce que vous suivez ce budget.'],
  };
}

import { MailContent, MailContext } from './mail-content';

export interface BudgetResultsParams {
  budgetId: string;
  budgetTitle: string;
}

/** To the residents following a budget: its results are published. */
export function budgetResultsTemplate(p: BudgetResultsParams, { locale, publicUrl }: MailContext): MailContent {
  // The website's PATHS.budgetResults (this library imports no website).
  const url = `${publicUrl}/budgets-participatifs/${encodeURIComponent(p.budgetId)}/resultats`;
  if (locale === 'en')
    return {
      subject: `Results published: ${p.budgetTitle}`,
      paragraphs: [`The results of "${p.budgetTitle}" are published: see which projects will be carried out.`],
      action: { label: 'See the results', url },
      notes: ['You receive this message because you follow this budget.'],
    };
  return {
    subject: `Résultats publiés : ${p.budgetTitle}`,
    paragraphs: [`Les résultats de « ${p.budgetTitle} » sont publiés : découvrez les projets qui seront réalisés.`],
    action: { label: 'Voir les résultats', url },
    notes: ['Vous recevez ce message parce que vous suivez ce budget.'],
  };
}

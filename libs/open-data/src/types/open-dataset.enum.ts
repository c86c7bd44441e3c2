import { registerEnumType } from '@nestjs/graphql';

/** The datasets as GraphQL names them; values are the dataset names of libs/open-data/src/datasets. */
export enum OpenDataset {
  CONSULTATIONS = 'consultations',
  PROPOSALS = 'proposals',
  PROPOSAL_DAILY_SUPPORTS = 'proposal-daily-supports',
  BUDGETS = 'budgets',
  BUDGET_PROJECTS = 'budget-projects',
  BUDGET_RESULTS = 'budget-results',
  BUDGET_RESULT_PROJECTS = 'budget-result-projects',
  BALLOTS = 'ballots',
  ISSUE_REPORTS = 'issue-reports',
  ISSUE_REPORT_UPDATES = 'issue-report-updates',
  MODERATION_COUNTS = 'moderation-counts',
  TRACKED_ITEMS = 'tracked-items',
  TRACKED_ITEM_UPDATES = 'tracked-item-updates',
  TRACKED_ITEM_DELIBERATIONS = 'tracked-item-deliberations',
}

registerEnumType(OpenDataset, { name: 'OpenDataset', description: 'A published open-data table.' });

import { BALLOTS } from './ballots.dataset';
import { BUDGET_PROJECTS } from './budget-projects.dataset';
import { BUDGET_RESULTS } from './budget-results.dataset';
import { BUDGETS } from './budgets.dataset';
import { CONSULTATIONS } from './consultations.dataset';
import { DatasetDefinition } from './dataset-definition';
import { ISSUE_REPORT_UPDATES } from './issue-report-updates.dataset';
import { ISSUE_REPORTS } from './issue-reports.dataset';
import { MODERATION_COUNTS } from './moderation-counts.dataset';
import { PROPOSAL_DAILY_SUPPORTS } from './proposal-daily-supports.dataset';
import { PROPOSALS } from './proposals.dataset';

/** Every published table, in catalogue order. */
export const OPEN_DATASETS: readonly DatasetDefinition[] = [
  CONSULTATIONS,
  PROPOSALS,
  PROPOSAL_DAILY_SUPPORTS,
  BUDGETS,
  BUDGET_PROJECTS,
  BUDGET_RESULTS,
  BALLOTS,
  ISSUE_REPORTS,
  ISSUE_REPORT_UPDATES,
  MODERATION_COUNTS,
];

export function datasetNamed(name: string): DatasetDefinition | undefined {
  return OPEN_DATASETS.find((d) => d.name === name);
}

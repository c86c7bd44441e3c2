import { BALLOTS } from './ballots.dataset';
import { BUDGET_PROJECTS } from './budget-projects.dataset';
import { BUDGET_RESULT_PROJECTS } from './budget-result-projects.dataset';
import { BUDGET_RESULTS } from './budget-results.dataset';
import { BUDGETS } from './budgets.dataset';
import { CONSULTATIONS } from './consultations.dataset';
import { DatasetDefinition } from './dataset-definition';
import { ISSUE_REPORT_UPDATES } from './issue-report-updates.dataset';
import { ISSUE_REPORTS } from './issue-reports.dataset';
import { MODERATION_COUNTS } from './moderation-counts.dataset';
import { PROPOSAL_DAILY_SUPPORTS } from './proposal-daily-supports.dataset';
import { PROPOSALS } from './proposals.dataset';
import { TRACKED_ITEM_DELIBERATIONS } from './tracked-item-deliberations.dataset';
import { TRACKED_ITEM_UPDATES, TRACKED_ITEMS } from './tracked-items.dataset';

/**
 * Every published table, in catalogue order.
 *
 * A deliberate read model over several domains: each dataset is one SQL query
 * that reads the tables of consultations, proposals, budgets, reports and tracking
 * directly (published, anonymised rows only), kept here beside the export code
 * rather than spread over the domains, so that what leaves the platform is
 * reviewed in one place. Open data writes only its own table (`open_data_files`).
 */
export const OPEN_DATASETS: readonly DatasetDefinition[] = [
  CONSULTATIONS,
  PROPOSALS,
  PROPOSAL_DAILY_SUPPORTS,
  BUDGETS,
  BUDGET_PROJECTS,
  BUDGET_RESULTS,
  BUDGET_RESULT_PROJECTS,
  BALLOTS,
  ISSUE_REPORTS,
  ISSUE_REPORT_UPDATES,
  MODERATION_COUNTS,
  TRACKED_ITEMS,
  TRACKED_ITEM_UPDATES,
  TRACKED_ITEM_DELIBERATIONS,
];

export function datasetNamed(name: string): DatasetDefinition | undefined {
  return OPEN_DATASETS.find((d) => d.name === name);
}

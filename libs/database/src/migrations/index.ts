import { ResidentDistricts1795276037719 } from './1795276037719-resident-districts.migration';
import { BudgetProjectProposal1795275524826 } from './1795275524826-budget-project-proposal.migration';
import { OpenDataFiles1795269767050 } from './1795269767050-open-data-files.migration';
import { DataExports1795270591904 } from './1795270591904-data-exports.migration';
import { Outbox1795269683032 } from './1795269683032-outbox.migration';
import { BudgetsConsultationLink1795268564664 } from './1795268564664-budgets-consultation-link.migration';
import { AuditBudgetResults1795266891361 } from './1795266891361-audit-budget-results.migration';
import { AuditLog1795266015002 } from './1795266015002-audit-log.migration';
import { BudgetsBallotParticipation1795265025218 } from './1795265025218-budgets-ballot-participation.migration';
import { ConsultationsProposals1795263375965 } from './1795263375965-consultations-proposals.migration';
import { Budgets1795263371497 } from './1795263371497-budgets.migration';
import { IssueReports1795263352823 } from './1795263352823-issue-reports.migration';
import { Initial1795261221225 } from './1795261221225-initial.migration';
// Applied in this order; `npm run migration:generate -- Name` appends here.
export const MIGRATIONS = [
  Initial1795261221225,
  Budgets1795263371497,
  BudgetsBallotParticipation1795265025218,
  AuditLog1795266015002,
  AuditBudgetResults1795266891361,
  IssueReports1795263352823,
  ConsultationsProposals1795263375965,
  BudgetsConsultationLink1795268564664,
  Outbox1795269683032,
  OpenDataFiles1795269767050,
  DataExports1795270591904,
  BudgetProjectProposal1795275524826,
  ResidentDistricts1795276037719,
];

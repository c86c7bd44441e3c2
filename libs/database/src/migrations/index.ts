import { Installation1796570000000 } from './1796570000000-installation.migration';
import { PaperFirstEntryCommitment1796566843646 } from './1796566843646-paper-first-entry-commitment.migration';
import { TrackedItemLocation1796531084002 } from './1796531084002-tracked-item-location.migration';
import { ModerationDecisions1796519721579 } from './1796519721579-moderation-decisions.migration';
import { MunicipalityMap1796519759768 } from './1796519759768-municipality-map.migration';
import { PaperBallots1796520036370 } from './1796520036370-paper-ballots.migration';
import { EligibilityVoteGroups1796519871941 } from './1796519871941-eligibility-vote-groups.migration';
import { TrackedItems1796506411191 } from './1796506411191-tracked-items.migration';
import { ProposalSubmissionId1796506394302 } from './1796506394302-proposal-submission-id.migration';
import { MailSuppressions1796508162193 } from './1796508162193-mail-suppressions.migration';
import { ProposalFollows1796507492862 } from './1796507492862-proposal-follows.migration';
import { IssueReportFollows1796507250123 } from './1796507250123-issue-report-follows.migration';
import { BudgetFollows1796507062040 } from './1796507062040-budget-follows.migration';
import { BudgetsEqualSharesAsDeployed1796507777873 } from './1796507777873-budgets-equal-shares-as-deployed.migration';
import { BudgetResultsMinProjectScore1796506151687 } from './1796506151687-budget-results-min-project-score.migration';
import { ResultExplanation1796506505089 } from './1796506505089-result-explanation.migration';
import { GreedyOptions1796435370509 } from './1796435370509-greedy-options.migration';
import { PasswordChangedAt1796433067627 } from './1796433067627-password-changed-at.migration';
import { AuditActorPseudonym1796433853118 } from './1796433853118-audit-actor-pseudonym.migration';
import { EmailConfirmation1796434435097 } from './1796434435097-email-confirmation.migration';
import { MailDeliveries1796433738529 } from './1796433738529-mail-deliveries.migration';
import { ModerationReview1796433312839 } from './1796433312839-moderation-review.migration';
import { BallotProofs1796421540329 } from './1796421540329-ballot-proofs.migration';
import { WebSessionsMunicipalitySettings1796418263939 } from './1796418263939-web-sessions-municipality-settings.migration';
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
import { KeyedMailHashes1796518488511 } from './1796518488511-keyed-mail-hashes.migration';
import { TrackedItemsTwoOrigins1796518488512 } from './1796518488512-tracked-items-two-origins.migration';
import { TrackedItemUpdatePhotos1796519872658 } from './1796519872658-tracked-item-update-photos.migration';
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
  WebSessionsMunicipalitySettings1796418263939,
  BallotProofs1796421540329,
  PasswordChangedAt1796433067627,
  ModerationReview1796433312839,
  MailDeliveries1796433738529,
  AuditActorPseudonym1796433853118,
  EmailConfirmation1796434435097,
  GreedyOptions1796435370509,
  ProposalSubmissionId1796506394302,
  BudgetFollows1796507062040,
  IssueReportFollows1796507250123,
  ProposalFollows1796507492862,
  MailSuppressions1796508162193,
  BudgetResultsMinProjectScore1796506151687,
  BudgetsEqualSharesAsDeployed1796507777873,
  ResultExplanation1796506505089,
  TrackedItems1796506411191,
  ModerationDecisions1796519721579,
  MunicipalityMap1796519759768,
  PaperBallots1796520036370,
  EligibilityVoteGroups1796519871941,
  KeyedMailHashes1796518488511,
  TrackedItemsTwoOrigins1796518488512,
  TrackedItemUpdatePhotos1796519872658,
  TrackedItemLocation1796531084002,
  PaperFirstEntryCommitment1796566843646,
  Installation1796570000000,
];

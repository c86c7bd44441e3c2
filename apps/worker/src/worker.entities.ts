import { AUDIT_ENTITIES } from '@quorum/audit/entities';
import { BUDGETS_ENTITIES } from '@quorum/budgets/entities';
import { CONSULTATIONS_ENTITIES } from '@quorum/consultations/entities';
import { IDENTITY_ENTITIES } from '@quorum/identity/entities';
import { MAIL_ENTITIES } from '@quorum/mail/entities';
import { MUNICIPALITY_ENTITIES } from '@quorum/municipality/entities';
import { OPEN_DATA_ENTITIES } from '@quorum/open-data/entities';
import { PRIVACY_ENTITIES } from '@quorum/privacy/entities';
import { PROPOSALS_ENTITIES } from '@quorum/proposals/entities';
import { QUEUE_ENTITIES } from '@quorum/queue/entities';
import { REPORTS_ENTITIES } from '@quorum/reports/entities';
import { TRACKING_ENTITIES } from '@quorum/tracking/entities';

/** What the jobs read and write, with the targets of their entities' relations (TypeORM refuses a dangling one). */
export const WORKER_ENTITIES = [
  // Tallies: budgets, their projects' proposals and consultations.
  ...BUDGETS_ENTITIES,
  ...PROPOSALS_ENTITIES,
  ...CONSULTATIONS_ENTITIES,
  // Residents' archives and retention: accounts, districts, reports, archives.
  ...IDENTITY_ENTITIES,
  ...MUNICIPALITY_ENTITIES,
  ...REPORTS_ENTITIES,
  ...PRIVACY_ENTITIES,
  // Exports, the audit log and the outbox the relay reads.
  ...OPEN_DATA_ENTITIES,
  ...AUDIT_ENTITIES,
  ...QUEUE_ENTITIES,
  ...MAIL_ENTITIES,
  // Tracked items created from published results and answers.
  ...TRACKING_ENTITIES,
];

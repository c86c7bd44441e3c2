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

/** Every domain's entities: the API serves them all. */
export const API_ENTITIES = [
  ...IDENTITY_ENTITIES,
  ...MUNICIPALITY_ENTITIES,
  ...BUDGETS_ENTITIES,
  ...AUDIT_ENTITIES,
  ...REPORTS_ENTITIES,
  ...CONSULTATIONS_ENTITIES,
  ...PROPOSALS_ENTITIES,
  ...QUEUE_ENTITIES,
  ...MAIL_ENTITIES,
  ...OPEN_DATA_ENTITIES,
  ...PRIVACY_ENTITIES,
  ...TRACKING_ENTITIES,
];

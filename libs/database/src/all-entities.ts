import { AUDIT_ENTITIES } from '../../audit/src/audit.entities';
import { CONSULTATIONS_ENTITIES } from '../../consultations/src/consultations.entities';
import { BUDGETS_ENTITIES } from '../../budgets/src/budgets.entities';
import { IDENTITY_ENTITIES } from '../../identity/src/identity.entities';
import { OPEN_DATA_ENTITIES } from '../../open-data/src/open-data.entities';
import { MUNICIPALITY_ENTITIES } from '../../municipality/src/municipality.entities';
import { PRIVACY_ENTITIES } from '../../privacy/src/privacy.entities';
import { PROPOSALS_ENTITIES } from '../../proposals/src/proposals.entities';
import { QUEUE_ENTITIES } from '../../queue/src/queue.entities';
import { REPORTS_ENTITIES } from '../../reports/src/reports.entities';

/**
 * Every entity of every domain. Imported by file (not through the domain's
 * index) so that a domain's services never pull in the whole model.
 */
export const ALL_ENTITIES = [
  ...IDENTITY_ENTITIES,
  ...MUNICIPALITY_ENTITIES,
  ...BUDGETS_ENTITIES,
  ...AUDIT_ENTITIES,
  ...REPORTS_ENTITIES,
  ...CONSULTATIONS_ENTITIES,
  ...PROPOSALS_ENTITIES,
  ...QUEUE_ENTITIES,
  ...OPEN_DATA_ENTITIES,
  ...PRIVACY_ENTITIES,
];

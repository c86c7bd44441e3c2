export * from '../outbox/outbox-entry.entity';

import { OutboxEntryEntity } from '../outbox/outbox-entry.entity';

/** This domain's TypeORM entities, for the apps' data sources (`DatabaseModule.forRoot`). */
export const QUEUE_ENTITIES = [OutboxEntryEntity];

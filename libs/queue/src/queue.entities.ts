import { OutboxEntryEntity } from './outbox/outbox-entry.entity';

export const QUEUE_ENTITIES = [OutboxEntryEntity];

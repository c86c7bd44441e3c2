import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';
import { OutboxRepository } from './outbox/outbox.repository';
import { Outbox } from './outbox/outbox.service';

@Global()
@Module({ providers: [JobQueue, Outbox, OutboxRepository], exports: [JobQueue, Outbox, OutboxRepository] })
export class QueueModule {}

import { Global, Module } from '@nestjs/common';
import { JobQueue, Outbox, OutboxRepository } from '@quorum/queue';

/**
 * The CLI writes jobs to the outbox only (the worker relays them), so it opens
 * no queue connection. JobQueue is provided for services that inject it
 * (BudgetLifecycleService tidies a stale job on reschedule), and refuses use.
 */
const OUTBOX_ONLY: Partial<JobQueue> = {
  enqueue: () => Promise.reject(new Error('The CLI enqueues through the outbox only')),
  schedule: () => Promise.reject(new Error('The CLI enqueues through the outbox only')),
  queue: () => {
    throw new Error('The CLI has no queue connection');
  },
};

@Global()
@Module({
  providers: [Outbox, OutboxRepository, { provide: JobQueue, useValue: OUTBOX_ONLY }],
  exports: [Outbox, JobQueue],
})
export class CliQueueModule {}

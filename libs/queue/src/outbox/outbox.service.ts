import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobName, JobPayloads } from '../job-name';
import { OutboxRepository } from './outbox.repository';

export interface OutboxOptions {
  /** Deterministic BullMQ job id: relaying or adding the same id twice yields one job. */
  jobId: string;
  /** Counted from now; the relay keeps the absolute time however late it runs. */
  delayMs?: number;
}

/**
 * Enqueues a job in the caller's transaction: the job exists exactly when the
 * change committed. Use it for every job that must follow a database change;
 * `JobQueue.enqueue` directly only where losing the job is acceptable.
 */
@Injectable()
export class Outbox {
  constructor(private readonly rows: OutboxRepository) {}

  async add<N extends JobName>(
    manager: EntityManager,
    name: N,
    payload: JobPayloads[N],
    options: OutboxOptions,
  ): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('Outbox.add needs the transaction of the change');
    await this.rows.insert(manager, {
      jobName: name,
      jobId: options.jobId,
      payload,
      runAt: new Date(Date.now() + (options.delayMs ?? 0)),
    });
  }
}

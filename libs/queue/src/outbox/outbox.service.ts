import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobName, JobPayloads } from '../job-name';
import { OUTBOX_CHANNEL } from './outbox-channel';

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
  async add<N extends JobName>(
    manager: EntityManager,
    name: N,
    payload: JobPayloads[N],
    options: OutboxOptions,
  ): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('Outbox.add needs the transaction of the change');
    await manager.query(`INSERT INTO outbox (job_name, job_id, payload, run_at) VALUES ($1, $2, $3, $4)`, [
      name,
      options.jobId,
      JSON.stringify(payload),
      new Date(Date.now() + (options.delayMs ?? 0)),
    ]);
    // Delivered by PostgreSQL only if and when the transaction commits; several in one transaction fold into one.
    await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
  }
}

import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { JobsOptions, Queue } from 'bullmq';
import { bullmqConnection } from './bullmq-connection';
import { CAPPED_BACKOFF_TYPE } from './capped-backoff';
import { JOB_QUEUE, JobName, JobPayloads } from './job-name';
import { logRedisErrors } from './log-redis-errors';
import { QueueName } from './queue-name';
import { withTimeout } from './with-timeout';

/** Long enough for a loaded Redis, short enough for a request to answer SERVICE_UNAVAILABLE. */
export const REDIS_CALL_TIMEOUT_MS = 5000;

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

export interface EnqueueOptions {
  /** Deterministic id: enqueueing the same id twice yields one job. */
  jobId: string;
  delayMs?: number;
  repeatEveryMs?: number;
}

@Injectable()
export class JobQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * Connects every queue at boot: BullMQ waits for a first connection however
   * long Redis is down, so a queue first used during an outage would hang its
   * caller, while one connected before fails fast (no offline queue, below).
   */
  onModuleInit(): void {
    for (const name of new Set(Object.values(JOB_QUEUE))) this.queue(name);
  }

  /**
   * Bounded in time: a queue that never reached Redis (the process booted
   * during an outage) waits for a first connection however long it takes, and
   * a request must not hang meanwhile. Adding is idempotent by job id, so an
   * add that lands after the timeout is harmless.
   */
  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions): Promise<void> {
    const added = this.queue(JOB_QUEUE[name]).add(name, payload, {
      ...this.jobOptions(name),
      jobId: options.jobId,
      delay: options.delayMs,
    });
    await withTimeout(added, REDIS_CALL_TIMEOUT_MS, 'Redis');
  }

  /**
   * Messages wait out a mail server outage: many attempts, their delay doubling
   * up to a ceiling (the workers apply `cappedBackoff`), instead of the five of other jobs.
   */
  jobOptions(name: JobName): JobsOptions {
    if (JOB_QUEUE[name] !== QueueName.MAIL) return DEFAULT_JOB_OPTIONS;
    const { attempts, delayMs } = this.config.mail.retry;
    return { ...DEFAULT_JOB_OPTIONS, attempts, backoff: { type: CAPPED_BACKOFF_TYPE, delay: delayMs } };
  }

  /** A repeatable job (nightly exports, retention purges), registered idempotently under its scheduler id. */
  async schedule<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    schedulerId: string,
    pattern: string,
  ): Promise<void> {
    await this.queue(JOB_QUEUE[name]).upsertJobScheduler(
      schedulerId,
      { pattern },
      { name, data: payload, opts: DEFAULT_JOB_OPTIONS },
    );
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        // Producers fail fast while Redis is down (a request answers SERVICE_UNAVAILABLE, the outbox relay
        // retries later) instead of queueing commands until it is back and hanging the caller meanwhile.
        connection: { ...bullmqConnection(this.config.redis.url), enableOfflineQueue: false },
        prefix: `${this.config.redis.prefix}:bull`,
      });
      logRedisErrors(queue, this.logger, `queue ${name}`);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}

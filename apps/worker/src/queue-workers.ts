import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { bullmqConnection, cappedBackoff, JOB_QUEUE, JobName, QueueName } from '@quorum/queue';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { assertOneHandlerPerJob, JobHandlerRegistry } from './job-handler-registry';

/** One BullMQ worker per queue, dispatching each job to its one handler. */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly workers: Worker[] = [];
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: JobHandlerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    assertOneHandlerPerJob(Object.values(JobName), this.registry.found);
    const queues = new Set<QueueName>(Object.values(JOB_QUEUE));
    for (const queue of queues) this.workers.push(this.start(queue));
    this.logger.log(`Processing ${queues.size} queue(s): ${[...queues].join(', ') || 'none'}`);
  }

  private start(queue: QueueName): Worker {
    const worker = new Worker(queue, (job) => this.process(job), {
      connection: {
        ...bullmqConnection(this.config.redis.url),
        // Once stopping, a lost connection is not retried, so a client waiting to reconnect ends instead.
        retryStrategy: (times: number) => (this.stopping ? null : Math.min(times * 200, 2000)),
      },
      prefix: `${this.config.redis.prefix}:bull`,
      // Sending a message mostly waits on the mail server.
      concurrency: queue === QueueName.MAIL ? 8 : 2,
      settings: { backoffStrategy: cappedBackoff(this.config.mail.retry.maxDelayMs) },
      // A killed worker's job is re-run by another once its lock lapses.
      lockDuration: this.config.worker.lockDurationMs,
      stalledInterval: this.config.worker.lockDurationMs,
    });
    // Without a listener, BullMQ reports lock and connection errors as unhandled.
    worker.on('error', (error) => this.logger.error({ queue, err: error.message }, 'Queue worker error'));
    worker.on('failed', (job, error) =>
      this.logger.warn(
        { jobId: job?.id, job: job?.name, attempt: job?.attemptsMade, err: error.message },
        'Job failed',
      ),
    );
    return worker;
  }

  private async process(job: Job): Promise<unknown> {
    const handler = this.registry.handlerFor(job.name);
    if (!handler) throw new UnrecoverableError(`No handler for job ${job.name}`);
    const started = Date.now();
    const result = await handler(job.data, job);
    this.logger.log({ jobId: job.id, job: job.name, ms: Date.now() - started }, 'Job completed');
    return result;
  }

  isRunning(): boolean {
    return this.workers.every((w) => w.isRunning());
  }

  /**
   * Waits for running jobs at most one lock duration (past it, another worker re-runs them anyway), then
   * drops the connections. Unbounded, `Worker.close()` can wait forever for a blocking Redis client that an
   * outage left parked in ioredis' "reconnecting" state (taskforcesh/bullmq#4656, open in 6.7), and the
   * process would never exit on SIGTERM.
   */
  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.workers.map((worker) => this.stop(worker)));
  }

  private async stop(worker: Worker): Promise<void> {
    const graceMs = this.config.worker.lockDurationMs;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<'expired'>((resolve) => {
      timer = setTimeout(() => resolve('expired'), graceMs);
    });
    const outcome = await Promise.race([worker.close().then(() => 'closed' as const), expired]);
    clearTimeout(timer);
    if (outcome === 'closed') return;
    this.logger.warn({ queue: worker.name, graceMs }, 'Queue worker did not close in time; disconnecting');
    await Promise.race([worker.disconnect().catch(() => undefined), new Promise((r) => setTimeout(r, 1000).unref())]);
  }
}

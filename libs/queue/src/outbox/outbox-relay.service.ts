import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { JOB_QUEUE, JobName } from '../job-name';
import { JobQueue } from '../job-queue.service';
import { withTimeout } from '../with-timeout';
import { OutboxRepository } from './outbox.repository';

const BATCH_SIZE = 100;
const ENQUEUE_TIMEOUT_MS = 5000;
const LISTEN_RETRY_MS = 1000;
/** As long as a queue worker's disconnect may take at shutdown (apps/worker/src/queue-workers.ts). */
const LISTENER_END_TIMEOUT_MS = 1000;
const PURGE_EVERY_MS = 3600_000;
const KEEP_RELAYED = '7 days';

/**
 * Moves outbox rows to BullMQ: woken by the commit itself (LISTEN/NOTIFY),
 * and by a poll that catches whatever a missed notification or a Redis outage
 * left behind. Several relays (one per worker) share the work through
 * `FOR UPDATE SKIP LOCKED`; a row relayed twice (crash between the add and
 * the mark) yields one job because its id is deterministic.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener?: Client;
  private poll?: NodeJS.Timeout;
  private listenRetry?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private lastPurge = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rows: OutboxRepository,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.poll = setInterval(() => this.wake(), this.config.worker.outboxPollIntervalMs);
    void this.listen();
    this.wake();
  }

  /** Runs the relay now, or once more right after the run in progress (which may have missed the newest rows). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: Error) => this.logger.warn({ err: error.message }, 'Outbox relay failed; will retry'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Relays every pending row it can; returns how many. Stops at the first failure (Redis down): the rows wait. */
  async relayPending(): Promise<number> {
    let total = 0;
    for (;;) {
      const { relayed, more } = await this.relayBatch();
      total += relayed;
      if (!more) return total;
    }
  }

  private async drain(): Promise<void> {
    const relayed = await this.relayPending();
    if (relayed > 0) this.logger.log({ relayed }, 'Outbox rows relayed');
    if (Date.now() - this.lastPurge > PURGE_EVERY_MS) {
      this.lastPurge = Date.now();
      await this.rows.purgeRelayedBefore(KEEP_RELAYED);
    }
  }

  private relayBatch(): Promise<{ relayed: number; more: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.rows.claimPending(manager, BATCH_SIZE);
      const relayed: string[] = [];
      let failure: { id: string; message: string } | undefined;
      for (const row of rows) {
        // A job this build does not know (a newer API wrote it): left for an up-to-date worker.
        if (!(row.jobName in JOB_QUEUE)) continue;
        try {
          await withTimeout(
            this.jobs.enqueue(row.jobName as JobName, row.payload as never, {
              jobId: row.jobId,
              delayMs: Math.max(0, new Date(row.runAt).getTime() - Date.now()),
            }),
            ENQUEUE_TIMEOUT_MS,
            'Redis',
          );
          relayed.push(row.id);
        } catch (error) {
          failure = { id: row.id, message: error instanceof Error ? error.message : String(error) };
          break;
        }
      }
      if (relayed.length > 0) await this.rows.markRelayed(manager, relayed);
      if (failure) {
        await this.rows.markFailed(manager, failure.id, failure.message);
        this.logger.warn({ outboxId: failure.id, err: failure.message }, 'Outbox relay stopped; rows wait');
      }
      return { relayed: relayed.length, more: !failure && rows.length === BATCH_SIZE };
    });
  }

  /** A dedicated connection (LISTEN needs one for itself), re-opened after PostgreSQL restarts. */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.database.url });
    let lost = false;
    const retry = (): void => {
      if (lost) return;
      lost = true;
      if (this.listener === client) this.listener = undefined;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.listenRetry = setTimeout(() => void this.listen(), LISTEN_RETRY_MS);
    };
    client.on('notification', () => this.wake());
    client.on('error', retry);
    client.on('end', retry);
    // Recorded before it connects, so that a shutdown meanwhile ends it too (it would hold the process open).
    this.listener = client;
    try {
      await client.connect();
      // Shut down while it connected: it was told to end; no LISTEN on it (and wake() does nothing now).
      if (this.stopped) {
        retry();
        return;
      }
      await this.rows.listen(client);
      // Rows committed while nobody listened.
      this.wake();
    } catch {
      retry();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    clearTimeout(this.listenRetry);
    await this.running;
    const listener = this.listener;
    if (!listener) return;
    // A client still connecting (to a host that drops packets) ends only once the TCP connect gives up, minutes
    // later, and pg 8 sometimes never settles the end() of a client ended while it connected: past the bound,
    // its socket is destroyed, as pg's own connect timeout does, so that nothing holds the process open.
    await withTimeout(listener.end(), LISTENER_END_TIMEOUT_MS, 'PostgreSQL LISTEN connection').catch(() =>
      listener.connection.stream.destroy(),
    );
  }
}

import { JobName, JobQueue, QueueName } from '@quorum/queue';
import { ReceivedMail, SmtpTestServer } from './smtp-test-server';
import { TestApi } from './test-api';
import { waitFor } from './wait-for';
import { WorkerTestBed } from './worker-test-bed';

/** Which outbox messages: of one template, or of events whose key starts with a prefix. */
export interface OutboxFilter {
  template?: string;
  eventPrefix?: string;
}

/**
 * The mail tests' set-up: a local SMTP server, the API sending to it (its
 * outbox polled every 300 ms) and a worker on the API's database and Redis
 * prefix; with what those tests wait for and count.
 */
export class MailTestBed extends WorkerTestBed {
  readonly smtp = new SmtpTestServer();

  override async start(env: Record<string, string> = {}): Promise<TestApi> {
    await this.smtp.start();
    return super.start({ ...this.smtp.env, OUTBOX_POLL_INTERVAL_MS: '300', ...env });
  }

  override async stop(): Promise<void> {
    await super.stop();
    await this.smtp.stop();
  }

  /** The messages to `address`, once at least `count` have arrived. */
  messagesTo(address: string, count: number): Promise<ReceivedMail[]> {
    return waitFor(
      async () => (this.smtp.to(address).length >= count ? this.smtp.to(address) : undefined),
      20_000,
      address,
    );
  }

  /** How many messages to this account the outbox holds (of those `filter` names). */
  async queued(userId: string, filter: OutboxFilter = {}): Promise<number> {
    const [{ n }]: { n: number }[] = await this.api.db.query(
      `SELECT count(*)::int AS n FROM outbox
        WHERE payload -> 'to' ->> 'userId' = $1
          AND ($2::text IS NULL OR payload ->> 'template' = $2)
          AND ($3::text IS NULL OR starts_with(payload ->> 'eventKey', $3))`,
      [userId, filter.template ?? null, filter.eventPrefix ?? null],
    );
    return n;
  }

  /** Waits until the outbox has relayed to the queues every job it holds (of those `filter` names). */
  async relayed(filter: OutboxFilter = {}): Promise<void> {
    await waitFor(
      async () => {
        const [{ n }]: { n: number }[] = await this.api.db.query(
          `SELECT count(*)::int AS n FROM outbox
            WHERE relayed_at IS NULL
              AND ($1::text IS NULL OR payload ->> 'template' = $1)
              AND ($2::text IS NULL OR starts_with(payload ->> 'eventKey', $2))`,
          [filter.template ?? null, filter.eventPrefix ?? null],
        );
        return n === 0 ? true : undefined;
      },
      30_000,
      `the outbox relayed (${JSON.stringify(filter)})`,
    );
  }

  /**
   * What the worker made of this account's mail jobs (BullMQ keeps completed
   * jobs), sorted, once there are at least `count`: `template:outcome`, or
   * the outcomes alone when `template` names the jobs to read.
   */
  outcomes(userId: string, count: number, template?: string): Promise<string[]> {
    return waitFor(async () => {
      const jobs = await this.api.app.get(JobQueue).queue(QueueName.MAIL).getJobs(['completed']);
      const mine = jobs.filter(
        (j) =>
          j.name === JobName.SEND_MAIL &&
          j.data?.to?.userId === userId &&
          (template === undefined || j.data?.template === template),
      );
      if (mine.length < count) return undefined;
      return mine.map((j) => (template ? String(j.returnvalue) : `${j.data.template}:${j.returnvalue}`)).sort();
    });
  }

  /** A link of a message (under the test town hall's PUBLIC_URL), on this API. */
  local(url: string): string {
    return url.replace(this.smtp.env.PUBLIC_URL, this.api.url);
  }

  /** Posts a one-click unsubscribe (RFC 8058) without a session, as a mail client does. */
  unsubscribe(url: string): Promise<Response> {
    return fetch(this.local(url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
  }
}

/** A header as sent, unfolded (mailparser turns List-* headers into its own structure). */
export function rawHeader(mail: ReceivedMail, key: string): string | undefined {
  const line = mail.parsed.headerLines.find((h) => h.key === key)?.line;
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n\s+/g, ' ')
    .trim();
}

// npm run bench:mail [-- --messages 2000]
// Messages per second through Quorum's mail queue (BullMQ job → the worker's
// send-mail processor: suppressions, hourly limit, sent log, rendering,
// nodemailer's SMTP pool) to a local smtp-server, against a baseline measured
// in the same run: nodemailer sending the same rendered message straight to
// the same server, with the worker's pool and concurrency. Writes the
// "## Mail" section of docs/PERFORMANCE.md.
import { ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { AddressInfo } from 'node:net';
import { loadConfig } from '@quorum/config';
import { dropDatabase, ensureDatabase, runMigrations, withDatabase } from '@quorum/database';
import { MAIL_TEMPLATES, mailJobId, MailOutbox, MailTo } from '@quorum/mail';
import { deleteRedisKeys, JobName, JobQueue, Outbox } from '@quorum/queue';
import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { renderMail } from '../libs/mail/src/templates/mail-layout';
import { benchAppEnv, spawnApp } from './lib/bench-apps';
import { writePerformanceSection } from './lib/performance-doc';

const args = process.argv.slice(2);
const MESSAGES = Number(args[args.indexOf('--messages') + 1]) || 2000;
const WARM_UP = 100;
/** As the worker runs the mail queue (apps/worker/src/queue-workers.ts) and MailTransport's pool. */
const CONCURRENCY = 8;
const POOL_CONNECTIONS = 5;
const PARAMS = {
  budgetId: '00000000-0000-4000-8000-000000000001',
  budgetTitle: 'Budget participatif 2027',
  replaced: false,
};

/** A real SMTP server that reads each message whole and counts it. */
async function countingServer(): Promise<{
  url: string;
  count: () => number;
  until: (n: number) => Promise<void>;
  close: () => Promise<void>;
}> {
  let received = 0;
  const waiters: { n: number; resolve: () => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received += 1;
        for (const w of waiters.filter((w) => received >= w.n)) w.resolve();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    count: () => received,
    until: (n) => (received >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve }))),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function baseline(url: string, from: string, publicUrl: string): Promise<number> {
  const transport = createTransport({ pool: true, url, maxConnections: POOL_CONNECTIONS });
  const content = MAIL_TEMPLATES['ballot-cast'](PARAMS, { locale: 'fr', displayName: null, publicUrl });
  const rendered = renderMail(content, 'fr');
  let next = 0;
  const send = async (): Promise<void> => {
    while (next < MESSAGES) {
      const i = next++;
      await transport.sendMail({ from, to: `direct-${i}@bench.quorum`, ...rendered });
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, send));
  const seconds = (performance.now() - started) / 1000;
  transport.close();
  return MESSAGES / seconds;
}

async function main(): Promise<void> {
  const smtp = await countingServer();
  const databaseUrl = withDatabase(
    process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/quorum',
    'quorum_bench_mail',
  );
  await dropDatabase(databaseUrl);
  await ensureDatabase(databaseUrl);
  await runMigrations(databaseUrl);
  // The worker listens on no PORT; the configuration only requires one.
  const env = benchAppEnv(databaseUrl, 3999, {
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Mairie <participer@bench.quorum>',
    PUBLIC_URL: 'https://participer.bench.quorum',
    MAIL_MAX_PER_RECIPIENT_PER_HOUR: '1000000',
  });
  const config = loadConfig(env);
  const queue = new JobQueue(config);
  // Only `payload` is used: it seals the parameters as the outbox stores them.
  const outbox = new MailOutbox(undefined as unknown as Outbox, config);
  const enqueue = async (label: string, count: number): Promise<void> => {
    for (let i = 0; i < count; i += 500) {
      await Promise.all(
        Array.from({ length: Math.min(500, count - i) }, (_, j) => {
          const to: MailTo = { address: `${label}-${i + j}@bench.quorum`, locale: 'fr' };
          const eventKey = `bench:${label}:${i + j}`;
          const payload = outbox.payload({ eventKey, to, template: 'ballot-cast', params: PARAMS });
          return queue.enqueue(JobName.SEND_MAIL, payload, { jobId: mailJobId(eventKey, to, config.mail.hashSecret) });
        }),
      );
    }
  };
  let worker: ChildProcess | undefined;
  try {
    const direct = await baseline(smtp.url, config.mail.from!, env.PUBLIC_URL);
    process.stdout.write(`baseline: ${direct.toFixed(0)} messages/s\n`);

    worker = spawnApp('apps/worker/src/main.ts', env);
    const before = smtp.count();
    await enqueue('warm', WARM_UP);
    await smtp.until(before + WARM_UP);
    const started = performance.now();
    await enqueue('queued', MESSAGES);
    await smtp.until(before + WARM_UP + MESSAGES);
    const seconds = (performance.now() - started) / 1000;
    const queued = MESSAGES / seconds;
    process.stdout.write(`through the queue: ${queued.toFixed(0)} messages/s\n`);

    writePerformanceSection(
      'Mail',
      [
        `Measured with \`npm run bench:mail\` (bench/mail.bench.ts) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores, shared with other work during the run (1-min load average ${loadavg()[0].toFixed(1)} when the section was written; run under \`nice\`), Node ${process.version}, PostgreSQL, Redis and the SMTP server (smtp-server, reading each message whole) on the same machine.`,
        '',
        `${MESSAGES.toLocaleString('en')} ballot confirmations (French, text and HTML), each to its own address, after ${WARM_UP} for warm-up:`,
        '',
        '| path | messages per second | of the baseline |',
        '|---|---:|---:|',
        `| baseline: nodemailer straight to the server (pool of ${POOL_CONNECTIONS}, ${CONCURRENCY} at a time) | ${direct.toFixed(0)} | 100 % |`,
        `| Quorum: BullMQ \`mail\` job → worker (concurrency ${CONCURRENCY}) → suppressions, hourly limit, sent log, rendering → same pool | ${queued.toFixed(0)} | ${((queued / direct) * 100).toFixed(0)} % |`,
        '',
        'The queue path counts from the first job added to the last message the server accepted; the worker, started before, decrypts each job’s parameters, checks suppressions and the hourly limit in PostgreSQL and records the message in the sent log before handing it to SMTP. The SMTP server runs in the bench process, on the same loaded cores: both figures are lower bounds, to be compared with each other rather than read as capacity.',
      ].join('\n'),
    );
  } finally {
    worker?.kill('SIGTERM');
    await queue.onModuleDestroy();
    await smtp.close();
    await new Promise((r) => setTimeout(r, 1000));
    await dropDatabase(databaseUrl);
    await deleteRedisKeys(config.redis.url, `${config.redis.prefix}:*`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});

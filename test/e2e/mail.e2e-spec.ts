import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  MailOutbox,
  MailRequest,
  MailTransport,
  MailTransportError,
  OutgoingMail,
  SendMailProcessor,
} from '@quorum/mail';
import { JobName, JobQueue, QueueName } from '@quorum/queue';
import { MailTestBed } from '../utils/mail.factory';
import { startTestApi, TestApi } from '../utils/test-api';
import { startTestWorker, TestWorker } from '../utils/test-worker';
import { waitFor } from '../utils/wait-for';

const MAX_PER_HOUR = 5;

function ballotMail(eventKey: string, to: string, locale: 'fr' | 'en' = 'fr'): MailRequest<'ballot-cast'> {
  return {
    eventKey,
    to: { address: to, locale },
    template: 'ballot-cast',
    params: { budgetId: 'b-1', budgetTitle: 'Budget <2026>', replaced: false },
  };
}

describe('mail: queued through the outbox, sent once by the worker', () => {
  const mail = new MailTestBed();
  let api: TestApi;

  beforeAll(async () => {
    api = await mail.start({
      MAIL_MAX_PER_RECIPIENT_PER_HOUR: String(MAX_PER_HOUR),
      MAIL_RETRY_DELAY_MS: '100',
      MAIL_RETRY_MAX_DELAY_MS: '1000',
    });
  });
  afterAll(() => mail.stop());

  const queue = (requests: MailRequest<'ballot-cast'>[]): Promise<void> =>
    api.db.transaction(async (manager) => {
      for (const request of requests) await api.app.get(MailOutbox).send(manager, request);
    });

  it('sends French and English messages in text and HTML, with no remote content, once per event and recipient', async () => {
    const fr = `fr-${Date.now()}@example.fr`;
    const en = `en-${Date.now()}@example.org`;
    const before = mail.smtp.received.length;
    await queue([ballotMail('first-event', fr), ballotMail('first-event', en.toUpperCase(), 'en')]);
    // The same event again, in another transaction: no second message.
    await queue([ballotMail('first-event', fr)]);
    await mail.smtp.waitForCount(before + 2);

    const [french] = mail.smtp.to(fr);
    expect(french.parsed.subject).toBe('Votre vote est enregistré : Budget <2026>');
    expect(french.parsed.from?.value).toEqual([{ address: 'participer@mairie-test.fr', name: 'Mairie' }]);
    expect(french.parsed.text).toContain('Votre bulletin pour « Budget <2026> » est enregistré.');
    expect(french.parsed.text).toContain('https://participer.mairie-test.fr/budgets-participatifs/b-1/vote/recu');
    const html = String(french.parsed.html);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Budget &#60;2026&#62;');
    expect(html).not.toMatch(/<img|src=|url\(|<script/i);
    expect(french.parsed.headers.get('content-language')).toBe('fr');
    expect(french.parsed.messageId).toMatch(/^<[0-9a-f]{32}@mairie-test\.fr>$/);

    const [english] = mail.smtp.to(en);
    expect(english.parsed.subject).toBe('Your vote is recorded: Budget <2026>');
    expect(english.parsed.text).toContain('Your ballot for "Budget <2026>" is recorded.');

    // Whatever else is queued, nothing more arrives for this event.
    await queue([ballotMail('after-first', fr)]);
    await mail.smtp.waitForCount(before + 3);
    expect(mail.smtp.to(fr)).toHaveLength(2);
    const rows: { status: string }[] = await api.db.query(
      `SELECT status FROM mail_deliveries WHERE event_key = 'first-event'`,
    );
    expect(rows.map((r) => r.status)).toEqual(['SENT', 'SENT']);
  });

  it('never sends twice when the same job runs again, even twice at once', async () => {
    const to = `retried-${Date.now()}@example.fr`;
    const processor = mail.worker.app.get(SendMailProcessor);
    const request = ballotMail('retried-event', to);
    const payload = api.app.get(MailOutbox).payload(request);
    const outcomes = await Promise.all([processor.send(payload), processor.send(payload)]);
    expect(outcomes.sort()).toEqual(['already-sent', 'sent']);
    expect(await processor.send(payload)).toBe('already-sent');
    // A send returns once the server answered 250, so the message is already counted.
    expect(mail.smtp.to(to)).toHaveLength(1);
  });

  it('drops a job whose sealed parameters were tampered with or moved from another job', async () => {
    const to = `moved-${Date.now()}@example.fr`;
    const processor = mail.worker.app.get(SendMailProcessor);
    const outbox = api.app.get(MailOutbox);
    const moved = {
      ...outbox.payload(ballotMail('moved-event', to)),
      params: outbox.payload(ballotMail('other', to)).params,
    };
    expect(await processor.send(moved)).toBe('unreadable');
    const sealed = outbox.payload(ballotMail('tampered-event', to));
    const bytes = Buffer.from(sealed.params, 'base64url');
    bytes[bytes.length - 1] ^= 1;
    const flipped = bytes.toString('base64url');
    expect(await processor.send({ ...sealed, params: flipped })).toBe('unreadable');
    expect(await processor.send(sealed)).toBe('sent');
    expect(mail.smtp.to(to)).toHaveLength(1);
  });

  it('sends one address no more than its hourly limit', async () => {
    const to = `flooded-${Date.now()}@example.fr`;
    const processor = mail.worker.app.get(SendMailProcessor);
    const outcomes: string[] = [];
    for (let i = 0; i < MAX_PER_HOUR + 2; i += 1) {
      const request = ballotMail(`flood-${i}`, to);
      outcomes.push(await processor.send(api.app.get(MailOutbox).payload(request)));
    }
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(MAX_PER_HOUR);
    expect(outcomes.slice(MAX_PER_HOUR)).toEqual(['limited', 'limited']);
    expect(mail.smtp.to(to)).toHaveLength(MAX_PER_HOUR);
  });

  it('loses nothing and duplicates nothing when the mail server is down during a burst of 500', async () => {
    const stamp = Date.now();
    const recipients = Array.from({ length: 500 }, (_, i) => `burst-${stamp}-${i}@example.fr`);
    const before = mail.smtp.received.length;
    await queue(recipients.map((to, i) => ballotMail(`burst-${stamp}-${i}`, to)));
    // Down after a few arrived: the rest fail, wait, and are tried again.
    await mail.smtp.waitForCount(before + 20);
    await mail.smtp.stop();
    const mailQueue = api.app.get(JobQueue).queue(QueueName.MAIL);
    await waitFor(
      async () => {
        const failed = await mailQueue.getJobs(['delayed']);
        return failed.some((job) => job.name === JobName.SEND_MAIL && job.attemptsMade > 0) ? true : undefined;
      },
      30_000,
      'messages refused while the server is down',
    );
    await mail.smtp.start();
    await mail.smtp.waitForCount(before + 500, 120_000);
    // Everything settled: no job left to run, so no late duplicate can come.
    await waitFor(
      async () => {
        // Messages only: the queue also holds the scheduled digest and openings runs, always delayed.
        const pending = await mailQueue.getJobs(['waiting', 'active', 'delayed']);
        return pending.some((job) => job.name === JobName.SEND_MAIL) ? undefined : true;
      },
      60_000,
      'the mail queue to drain',
    );
    for (const to of recipients) expect(mail.smtp.to(to)).toHaveLength(1);
  }, 240_000);

  it('has no development mail page when an SMTP server is configured', async () => {
    const response = await fetch(`${api.url}/dev/mail`);
    expect(response.status).toBe(404);
  });
});

/** A message for the transport itself, written to `<stem>.eml`. */
const fileMail = (stem: string): OutgoingMail => ({
  to: 'dev@example.fr',
  subject: stem,
  text: stem,
  html: `<p>${stem}</p>`,
  messageId: `<${stem}@quorum.test>`,
  fileStem: stem,
  locale: 'fr',
});

describe('mail without SMTP_URL (development): .eml files and a page listing them', () => {
  let api: TestApi;
  let worker: TestWorker;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'quorum-mail-'));
    api = await startTestApi({ MAIL_DIR: dir, OUTBOX_POLL_INTERVAL_MS: '300' });
    worker = await startTestWorker(api.config);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes each message to MAIL_DIR and lists it at /dev/mail', async () => {
    await api.db.transaction((manager) =>
      api.app.get(MailOutbox).send(manager, ballotMail('dev-event', 'dev@example.fr')),
    );
    const [file] = await waitFor(
      async () => {
        const names = (await readdir(dir)).filter((n) => n.endsWith('.eml'));
        return names.length > 0 ? names : undefined;
      },
      20_000,
      'an .eml file',
    );
    expect(file).toMatch(/^[A-Za-z0-9-]+-ballot-cast-[0-9a-f]{12}\.eml$/);
    const page = await fetch(`${api.url}/dev/mail`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`href="/dev/mail/${file}"`);
    const message = await (await fetch(`${api.url}/dev/mail/${file}`)).text();
    expect(message).toContain('To: dev@example.fr');
    expect(message).toContain('Subject: =?UTF-8?');
    expect((await fetch(`${api.url}/dev/mail/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });

  it('leaves no temporary file behind a message it could not publish', async () => {
    // A directory of its own: the test above lists MAIL_DIR's .eml files, whatever order the tests run in.
    const own = join(dir, 'unpublished');
    const transport = new MailTransport({ ...api.config, mail: { ...api.config.mail, dir: own } });
    // The file's name taken by a directory: the rename fails (EISDIR), as root too, after the bytes were written.
    await mkdir(join(own, 'taken.eml'), { recursive: true });
    await expect(transport.send(fileMail('taken'))).rejects.toBeInstanceOf(MailTransportError);
    expect(await readdir(own)).toEqual(['taken.eml']);
  });

  it('makes MAIL_DIR once, at the first message, and again at the next one after it failed', async () => {
    const parent = join(dir, 'made-once');
    const target = join(parent, 'mail');
    const transport = new MailTransport({ ...api.config, mail: { ...api.config.mail, dir: target } });
    // Its parent a file first: the directory cannot be made, then can once the file is gone.
    await writeFile(parent, 'not a directory');
    await expect(transport.send(fileMail('blocked'))).rejects.toBeInstanceOf(MailTransportError);
    await rm(parent);
    await Promise.all([transport.send(fileMail('first')), transport.send(fileMail('second'))]);
    expect((await readdir(target)).sort()).toEqual(['first.eml', 'second.eml']);

    // Made already: removed while the transport runs, it is not made again, and writes fail until it is back.
    await rm(target, { recursive: true });
    await expect(transport.send(fileMail('removed'))).rejects.toBeInstanceOf(MailTransportError);
    expect(existsSync(target)).toBe(false);
    await mkdir(target);
    await transport.send(fileMail('back'));
    expect(await readdir(target)).toEqual(['back.eml']);
  });
});

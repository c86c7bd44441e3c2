import { createHash } from 'node:crypto';
import { recipientHash } from '@quorum/mail';
import { RetentionRegistry } from '@quorum/privacy';
import { KeyedMailHashes1796518488511 } from '../../libs/database/src/migrations/1796518488511-keyed-mail-hashes.migration';
import { MailTestBed } from '../utils/mail.factory';
import { potholeReport, seedCommune, SUBMIT_REPORT } from '../utils/reports.factory';
import { TestApi } from '../utils/test-api';
import { createUser } from '../utils/users.factory';
import { waitFor } from '../utils/wait-for';

const sha256 = (address: string): string => createHash('sha256').update(address.trim().toLowerCase()).digest('hex');
const unique = (): string => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

describe('mail: keyed address hashes and the sent log’s retention', () => {
  const mail = new MailTestBed();
  let api: TestApi;

  beforeAll(async () => {
    api = await mail.start({ MAIL_DELIVERY_RETENTION_DAYS: '30' });
    await seedCommune(api);
  });
  afterAll(() => mail.stop());

  const deliveriesOf = async (hash: string): Promise<{ template: string }[]> =>
    api.db.query(`SELECT template FROM mail_deliveries WHERE recipient_hash = $1`, [hash]);

  it('logs a message sent under the HMAC of its address (MAIL_HASH_SECRET), never its plain SHA-256', async () => {
    const email = `Anonyme-${unique()}@Example.fr`;
    await api.gql.ok(SUBMIT_REPORT, { input: potholeReport({ email }) });
    const [ack] = await mail.messagesTo(email, 1);
    expect(ack.parsed.subject).toBe('Votre signalement est bien reçu : Pothole');
    const keyed = recipientHash(api.config.mail.hashSecret, email);
    expect(keyed).toMatch(/^[0-9a-f]{64}$/);
    expect(keyed).not.toBe(sha256(email));
    // Another key gives another hash: the secret is what makes a guessed address untestable.
    expect(recipientHash('another-secret-of-at-least-32-characters!', email)).not.toBe(keyed);
    expect(
      await waitFor(async () => ((await deliveriesOf(keyed)).length > 0 ? deliveriesOf(keyed) : undefined)),
    ).toEqual([{ template: 'report-received' }]);
    expect(await deliveriesOf(sha256(email))).toEqual([]);
    // The unsubscribe link names the keyed hash too.
    expect(ack.parsed.text).toContain(`jeton=reports.${keyed}.`);
    expect(ack.parsed.text).not.toContain(sha256(email));
  });

  it('deletes sent-log rows older than MAIL_DELIVERY_RETENTION_DAYS in the hourly purge, and keeps the others', async () => {
    const old = `old-${unique()}`;
    const recent = `recent-${unique()}`;
    const insert = (eventKey: string, daysAgo: number) =>
      api.db.query(
        `INSERT INTO mail_deliveries (event_key, recipient_hash, template, status, created_at)
         VALUES ($1, $2, 'report-status', 'SENT', now() - make_interval(days => $3))`,
        [eventKey, 'a'.repeat(64), daysAgo],
      );
    await insert(old, 31);
    await insert(recent, 29);
    const participant = api.app
      .get(RetentionRegistry)
      .all()
      .find((p) => p.domain === 'mail');
    const report = await participant!.purgeExpired();
    expect(report.mailDeliveriesPurged).toBeGreaterThanOrEqual(1);
    const left: { event_key: string }[] = await api.db.query(
      `SELECT event_key FROM mail_deliveries WHERE event_key = ANY($1::text[])`,
      [[old, recent]],
    );
    expect(left).toEqual([{ event_key: recent }]);
    // Twice is a no-op.
    expect((await participant!.purgeExpired()).mailDeliveriesPurged).toBe(0);
  });

  it('migrates plain SHA-256 hashes: re-keys the suppressions of addresses it still holds, deletes the others and the sent log', async () => {
    const account = await createUser(api);
    const gone = `gone-${unique()}@example.fr`;
    // Migrations run in one database per test file: this one is the test's own, migrated already; replay the
    // migration on rows written as the former code wrote them.
    await api.db.query(`DELETE FROM mail_suppressions`);
    await api.db.query(
      `INSERT INTO mail_suppressions (recipient_hash, kind) VALUES ($1, 'follows'), ($1, 'all'), ($2, 'reports')`,
      [sha256(account.email.toUpperCase()), sha256(gone)],
    );
    await api.db.query(
      `INSERT INTO mail_deliveries (event_key, recipient_hash, template, status) VALUES ('legacy', $1, 'ballot-cast', 'SENT')`,
      [sha256(account.email)],
    );
    const runner = api.db.createQueryRunner();
    try {
      await new KeyedMailHashes1796518488511().up(runner);
    } finally {
      await runner.release();
    }
    const rows: { recipient_hash: string; kind: string }[] = await api.db.query(
      `SELECT recipient_hash, kind FROM mail_suppressions ORDER BY kind`,
    );
    const keyed = recipientHash(api.config.mail.hashSecret, account.email);
    expect(rows).toEqual([
      { recipient_hash: keyed, kind: 'all' },
      { recipient_hash: keyed, kind: 'follows' },
    ]);
    expect(await api.db.query(`SELECT 1 FROM mail_deliveries WHERE event_key = 'legacy'`)).toEqual([]);
  });
});

import { BallotService } from '@quorum/budgets';
import { JobName, JobQueue, QueueName } from '@quorum/queue';
import { Redis } from 'ioredis';
import { CAST, createBudget } from '../utils/budgets.factory';
import { MailTestBed } from '../utils/mail.factory';
import { TestApi } from '../utils/test-api';
import { createUsers, TestUser } from '../utils/users.factory';
import { waitFor } from '../utils/wait-for';

const RECEIPT_PAGE = (budgetId: string): string =>
  `https://participer.mairie-test.fr/budgets-participatifs/${budgetId}/vote/recu`;

describe('mail: ballot confirmations and replacement notices', () => {
  const mail = new MailTestBed();
  let api: TestApi;
  let staff: TestUser;

  beforeAll(
    async () =>
      ({ api, staff } = await mail.startWithStaff({ MAIL_RETRY_DELAY_MS: '100', MAIL_RETRY_MAX_DELAY_MS: '1000' })),
  );
  afterAll(() => mail.stop());

  const mailQueue = () => api.app.get(JobQueue).queue(QueueName.MAIL);

  it('confirms a vote, then tells that it was replaced, without the receipt anywhere in the messages or the queue', async () => {
    const { budgetId, projectIds: p } = await createBudget(api, staff.token);
    const [voter] = await createUsers(api, 1, { verified: true });
    const as = api.gql.as(voter.token);
    const first = (await as.ok(CAST, { input: { budgetId, projectIds: [p[0]] } })).castBallot.receipt as string;
    const [confirmation] = await mail.messagesTo(voter.email, 1);
    expect(confirmation.parsed.subject).toBe('Votre vote est enregistré : Budget participatif 2027');
    expect(confirmation.parsed.from?.value).toEqual([{ address: 'participer@mairie-test.fr', name: 'Mairie' }]);
    expect(confirmation.parsed.headers.get('content-language')).toBe('fr');
    expect(confirmation.parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(confirmation.parsed.text).toContain('Votre bulletin pour « Budget participatif 2027 » est enregistré.');
    expect(confirmation.parsed.text).toContain(RECEIPT_PAGE(budgetId));
    expect(String(confirmation.parsed.html)).toContain(`href="${RECEIPT_PAGE(budgetId)}"`);
    expect(String(confirmation.parsed.html)).not.toMatch(/<img|src=|url\(|<script/i);

    const second = (await as.ok(CAST, { input: { budgetId, projectIds: [p[1], p[2]] } })).castBallot.receipt as string;
    const [, notice] = await mail.messagesTo(voter.email, 2);
    expect(notice.parsed.subject).toBe('Votre vote a été remplacé : Budget participatif 2027');
    expect(notice.parsed.text).toContain('a remplacé le précédent, qui ne compte plus');
    expect(notice.parsed.text).toContain("Si vous n'avez pas voté à nouveau vous-même");
    expect(notice.parsed.messageId).not.toBe(confirmation.parsed.messageId);

    // The receipt shows the ballot once results are published: it is in no message, and nowhere mail keeps things.
    for (const message of [confirmation, notice])
      for (const receipt of [first, second]) {
        expect(message.parsed.text).not.toContain(receipt);
        expect(String(message.parsed.html)).not.toContain(receipt);
      }
    const [ballot]: { id: string }[] = await api.db.query(`SELECT id FROM ballots WHERE receipt = $1`, [second]);
    const kept = JSON.stringify([
      await api.db.query(`SELECT job_id, payload FROM outbox WHERE job_name = $1`, [JobName.SEND_MAIL]),
      await api.db.query(`SELECT event_key, template FROM mail_deliveries`),
    ]);
    for (const secret of [first, second, ballot.id]) expect(kept).not.toContain(secret);
    // Nor which budget, nor that a ballot was replaced: only that some ballot message went to this address.
    const keys: { eventKey: string }[] = await api.db.query(
      `SELECT event_key AS "eventKey" FROM mail_deliveries WHERE template = 'ballot-cast'`,
    );
    for (const { eventKey } of keys) expect(eventKey).toMatch(/^ballot-cast:[0-9a-f-]{36}$/);
    const redis = new Redis(api.config.redis.url);
    try {
      const names = await redis.keys(`${api.config.redis.prefix}:*`);
      for (const name of names) {
        const type = await redis.type(name);
        const value =
          type === 'hash'
            ? JSON.stringify(await redis.hgetall(name))
            : type === 'string'
              ? await redis.get(name)
              : type === 'list'
                ? JSON.stringify(await redis.lrange(name, 0, -1))
                : type === 'zset'
                  ? JSON.stringify(await redis.zrange(name, 0, -1))
                  : '';
        for (const secret of [first, second, ballot.id]) expect(value ?? '').not.toContain(secret);
      }
    } finally {
      redis.disconnect();
    }
  });

  it('writes in the language of the account', async () => {
    const { budgetId, projectIds: p } = await createBudget(api, staff.token);
    const [voter] = await createUsers(api, 1, { verified: true });
    await api.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [voter.id]);
    await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: [p[0]] } });
    const [message] = await mail.messagesTo(voter.email, 1);
    expect(message.parsed.subject).toBe('Your vote is recorded: Budget participatif 2027');
    expect(message.parsed.headers.get('content-language')).toBe('en');
    expect(message.parsed.text).toContain('See my ballot and its receipt');
    expect(message.parsed.text).toContain(RECEIPT_PAGE(budgetId));
  });

  it('queues nothing for a refused ballot, and writes nothing to an unconfirmed address', async () => {
    const { budgetId, projectIds: p } = await createBudget(api, staff.token, { costs: [800, 300] });
    const [refused, unconfirmed] = await createUsers(api, 2, { verified: true });
    // Over the budget: refused, and the transaction that would have queued a message rolled back.
    expect(await api.gql.as(refused.token).errorCode(CAST, { input: { budgetId, projectIds: p } })).toBe(
      'BUDGET_EXCEEDED',
    );
    expect(await mail.queued(refused.id)).toBe(0);

    await api.db.query(`UPDATE users SET email_confirmed_at = NULL WHERE id = $1`, [unconfirmed.id]);
    await api.gql.as(unconfirmed.token).ok(CAST, { input: { budgetId, projectIds: [p[1]] } });
    expect(await mail.outcomes(unconfirmed.id, 1, 'ballot-cast')).toEqual(['unconfirmed']);
    expect(mail.smtp.to(unconfirmed.email)).toHaveLength(0);
  });

  it('delivers each of 500 ballot confirmations exactly once when the mail server stops during the burst and comes back', async () => {
    const { budgetId, projectIds: p } = await createBudget(api, staff.token);
    const voters = await createUsers(api, 500, { verified: true });
    const ballots = api.app.get(BallotService);
    const before = mail.smtp.received.length;
    const casting = (async () => {
      for (let i = 0; i < voters.length; i += 10)
        await Promise.all(
          voters.slice(i, i + 10).map((v) => ballots.cast({ budgetId, userId: v.id, projectIds: [p[i % p.length]] })),
        );
    })();
    // Down once some arrived, while ballots are still being cast.
    await mail.smtp.waitForCount(before + 20, 60_000);
    await mail.smtp.stop();
    await waitFor(
      async () => {
        const delayed = await mailQueue().getJobs(['delayed']);
        return delayed.some((job) => job.name === JobName.SEND_MAIL && job.attemptsMade > 0) ? true : undefined;
      },
      30_000,
      'messages refused while the server is down',
    );
    await casting;
    await mail.smtp.start();
    await mail.smtp.waitForCount(before + 500, 180_000);
    // Everything settled: no job left to run, so no late duplicate can come.
    await waitFor(
      async () => {
        // Messages only: the queue also holds the scheduled digest and openings runs, always delayed.
        const pending = await mailQueue().getJobs(['waiting', 'active', 'delayed']);
        return pending.some((job) => job.name === JobName.SEND_MAIL) ? undefined : true;
      },
      60_000,
      'the mail queue to drain',
    );
    await mail.relayed();
    expect(mail.smtp.received.length).toBe(before + 500);
    for (const voter of voters) {
      const received = mail.smtp.to(voter.email);
      expect(received).toHaveLength(1);
      expect(received[0].parsed.subject).toBe('Votre vote est enregistré : Budget participatif 2027');
    }
  }, 360_000);
});

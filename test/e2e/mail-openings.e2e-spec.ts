import { OPENINGS_SCHEDULE, OPENINGS_SCHEDULER_ID, OpeningsProcessor } from '@quorum/mail';
import { JobName, JobQueue, QueueName } from '@quorum/queue';
import { createBudget } from '../utils/budgets.factory';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { MailTestBed } from '../utils/mail.factory';
import { TestApi } from '../utils/test-api';
import { createUser, createUsers, TestUser } from '../utils/users.factory';

const FOLLOW_PROPOSAL = `mutation($input: FollowProposalInput!) { followProposal(input: $input) { id } }`;
const FOLLOW_BUDGET = `mutation($input: FollowBudgetInput!) { followBudget(input: $input) { id } }`;
const PUBLIC_URL = 'https://participer.mairie-test.fr';
const HOUR = 3600 * 1000;

describe('mail: openings told to followers (a consultation’s phase, a budget’s vote)', () => {
  const mail = new MailTestBed();
  let api: TestApi;
  let staff: TestUser;

  beforeAll(async () => ({ api, staff } = await mail.startWithStaff()));
  afterAll(() => mail.stop());

  it('is a repeatable job registered under a fixed scheduler id when the worker boots', async () => {
    const schedulers = await api.app.get(JobQueue).queue(QueueName.MAIL).getJobSchedulers();
    const openings = schedulers.filter((s) => s.key === OPENINGS_SCHEDULER_ID || s.id === OPENINGS_SCHEDULER_ID);
    expect(openings).toHaveLength(1);
    expect(openings[0]).toMatchObject({ name: JobName.SEND_OPENINGS, pattern: OPENINGS_SCHEDULE });
  });

  it('tells the followers of a consultation’s proposals, once each, that its next phase opened', async () => {
    const author = await createUser(api);
    // Submission open now; supports open in 23 hours.
    const consultation = await createConsultation(api, staff.token, { open: 'PROPOSALS' });
    await api.db.query(`UPDATE consultations SET title = 'Quartiers à vivre' WHERE id = $1`, [consultation.id]);
    const [first, second, hidden] = await insertProposals(api, consultation.id, [author.id], 3);
    const [both, english, ofHidden, bystander] = await createUsers(api, 4);
    await api.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [english.id]);
    for (const proposalId of [first, second])
      await api.gql.as(both.token).ok(FOLLOW_PROPOSAL, { input: { proposalId } });
    await api.gql.as(english.token).ok(FOLLOW_PROPOSAL, { input: { proposalId: second } });
    await api.gql.as(ofHidden.token).ok(FOLLOW_PROPOSAL, { input: { proposalId: hidden } });
    await api.db.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [hidden]);

    const openings = mail.worker.app.get(OpeningsProcessor);
    // The run after the supports phase opened.
    const [{ id: supportsId, startsAt }]: { id: string; startsAt: Date }[] = await api.db.query(
      `SELECT id, starts_at AS "startsAt" FROM consultation_phases WHERE consultation_id = $1 AND kind = 'SUPPORTS'`,
      [consultation.id],
    );
    const after = new Date(startsAt.getTime() + HOUR / 2);
    await openings.send(after);
    await openings.send(new Date(after.getTime() + 600_000)); // the next run sees it again: nothing more
    const eventKey = `phase-opening:${supportsId}:${startsAt.getTime()}`;
    await mail.relayed({ eventPrefix: eventKey });

    const [message] = await mail.messagesTo(both.email, 1);
    expect(message.parsed.subject).toBe('C’est ouvert, le soutien aux propositions : Quartiers à vivre');
    expect(message.parsed.text).toContain(
      'Dans la consultation « Quartiers à vivre », le soutien aux propositions est ouvert jusqu’au',
    );
    expect(message.parsed.text).toContain(`${PUBLIC_URL}/consultations/${consultation.id}`);
    expect(message.parsed.text).toContain('parce que vous suivez des propositions de cette consultation');
    const [inEnglish] = await mail.messagesTo(english.email, 1);
    expect(inEnglish.parsed.subject).toBe('Now open, supporting proposals: Quartiers à vivre');
    expect(await mail.queued(both.id, { eventPrefix: eventKey })).toBeGreaterThanOrEqual(1);
    // One message for the phase however many proposals one follows and however often the job runs (the
    // submission phase, opened an hour before the first run's window, is not announced).
    expect(mail.smtp.to(both.email)).toHaveLength(1);
    expect(await mail.queued(ofHidden.id, { eventPrefix: eventKey })).toBe(0);
    expect(await mail.queued(bystander.id, { eventPrefix: eventKey })).toBe(0);
  });

  it('tells a budget’s followers when its vote opens, once', async () => {
    // Opened by staff ahead of its window, which starts in ten minutes.
    const { budgetId } = await createBudget(api, staff.token, { opensInMs: 10 * 60_000, closesInMs: 48 * HOUR });
    await api.db.query(`UPDATE budgets SET title = 'Plan fraîcheur 2027' WHERE id = $1`, [budgetId]);
    const [follower, bystander] = await createUsers(api, 2);
    await api.gql.as(follower.token).ok(FOLLOW_BUDGET, { input: { budgetId } });
    const openings = mail.worker.app.get(OpeningsProcessor);
    const eventPrefix = `budget-voting-opens:${budgetId}:`;
    await openings.send(new Date());
    expect(await mail.queued(follower.id, { eventPrefix })).toBe(0);

    const later = new Date(Date.now() + 20 * 60_000);
    await openings.send(later);
    await openings.send(new Date(later.getTime() + 600_000));
    await mail.relayed({ eventPrefix });
    const [message] = await mail.messagesTo(follower.email, 1);
    expect(message.parsed.subject).toBe('Le vote est ouvert : Plan fraîcheur 2027');
    expect(message.parsed.text).toContain('Le vote sur « Plan fraîcheur 2027 » est ouvert jusqu’au');
    expect(message.parsed.text).toContain(`${PUBLIC_URL}/budgets-participatifs/${budgetId}`);
    expect(message.parsed.text).toContain('parce que vous suivez ce budget');
    expect(await mail.queued(bystander.id, { eventPrefix })).toBe(0);
    expect(mail.smtp.to(follower.email)).toHaveLength(1);
  });
});

import { BudgetTallyService } from '@quorum/budgets';
import { PersonalDataRegistry } from '@quorum/privacy';
import { CREATE_BUDGET, PUBLISH, seedClosedBudget } from '../utils/budgets.factory';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { MailTestBed } from '../utils/mail.factory';
import { TestApi } from '../utils/test-api';
import { createUser, createUsers, FACTORY_PASSWORD, TestUser } from '../utils/users.factory';

const FOLLOW_BUDGET = `mutation($input: FollowBudgetInput!) { followBudget(input: $input) { id } }`;
const UNFOLLOW_BUDGET = `mutation($input: UnfollowBudgetInput!) { unfollowBudget(input: $input) { id } }`;
const DELETE_ACCOUNT = `mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`;

// One API and worker for the file's two parts (each test names its own budget, proposal and residents).
const mail = new MailTestBed();
let api: TestApi;
let staff: TestUser;

beforeAll(async () => ({ api, staff } = await mail.startWithStaff()));
afterAll(() => mail.stop());

describe('mail: following a budget', () => {
  const follows = async (userId: string): Promise<string[]> =>
    (await api.db.query(`SELECT budget_id AS "budgetId" FROM budget_follows WHERE user_id = $1`, [userId])).map(
      (r: { budgetId: string }) => r.budgetId,
    );

  it('tells the followers, and only them, that the results are published', async () => {
    const budgetId = await seedClosedBudget(api.db, { ballotType: 'APPROVAL', ballots: 12 });
    await api.db.query(`UPDATE budgets SET title = 'Budget des quartiers' WHERE id = $1`, [budgetId]);
    const [follower, english, quitter, bystander] = await createUsers(api, 4);
    await api.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [english.id]);
    for (const user of [follower, english, quitter]) {
      expect((await api.gql.as(user.token).ok(FOLLOW_BUDGET, { input: { budgetId } })).followBudget.id).toBe(budgetId);
    }
    // Twice is a no-op; unfollowing stops the messages.
    await api.gql.as(follower.token).ok(FOLLOW_BUDGET, { input: { budgetId } });
    await api.gql.as(quitter.token).ok(UNFOLLOW_BUDGET, { input: { budgetId } });
    expect(await follows(follower.id)).toEqual([budgetId]);
    expect(await follows(quitter.id)).toEqual([]);

    await api.app.get(BudgetTallyService).run(budgetId);
    await api.gql.as(staff.token).ok(PUBLISH, { id: budgetId });
    const [message] = await mail.messagesTo(follower.email, 1);
    const resultsUrl = `https://participer.mairie-test.fr/budgets-participatifs/${budgetId}/resultats`;
    expect(message.parsed.subject).toBe('Résultats publiés : Budget des quartiers');
    expect(message.parsed.text).toContain(resultsUrl);
    expect(message.parsed.text).toContain('parce que vous suivez ce budget');
    expect(message.parsed.headers.get('content-language')).toBe('fr');
    const [inEnglish] = await mail.messagesTo(english.email, 1);
    expect(inEnglish.parsed.subject).toBe('Results published: Budget des quartiers');
    expect(String(inEnglish.parsed.html)).toContain(`href="${resultsUrl}"`);
    expect(await mail.queued(quitter.id)).toBe(0);
    expect(await mail.queued(bystander.id)).toBe(0);
    expect(mail.smtp.to(follower.email)).toHaveLength(1);
  });

  it('refuses drafts, bad ids and anonymous callers; the follows are in the data export and go with the account', async () => {
    const [resident] = await createUsers(api, 1);
    const { createBudget: draft } = await api.gql.as(staff.token).ok(CREATE_BUDGET, {
      input: {
        title: 'Brouillon',
        totalAmount: 1000,
        ballotType: 'APPROVAL',
        votingOpensAt: new Date(Date.now() + 3_600_000).toISOString(),
        votingClosesAt: new Date(Date.now() + 7_200_000).toISOString(),
      },
    });
    const as = api.gql.as(resident.token);
    expect(await as.errorCode(FOLLOW_BUDGET, { input: { budgetId: draft.id } })).toBe('NOT_FOUND');
    expect(await as.errorCode(FOLLOW_BUDGET, { input: { budgetId: 'not-a-uuid' } })).toBe('VALIDATION_FAILED');
    const budgetId = await seedClosedBudget(api.db, { ballotType: 'APPROVAL', ballots: 2 });
    expect(await api.gql.errorCode(FOLLOW_BUDGET, { input: { budgetId } })).toBe('UNAUTHENTICATED');
    expect(await follows(resident.id)).toEqual([]);

    await as.ok(FOLLOW_BUDGET, { input: { budgetId } });
    const contributor = api.app
      .get(PersonalDataRegistry)
      .all()
      .find((c) => c.domain === 'budgets');
    const sections = await contributor!.collect(api.db.manager, resident.id);
    expect(sections.find((s) => s.name === 'follows')?.rows).toEqual([{ budgetId, followedAt: expect.any(Date) }]);
    expect((await as.ok(DELETE_ACCOUNT, { input: { password: FACTORY_PASSWORD } })).deleteMyAccount).toBe(true);
    expect(await follows(resident.id)).toEqual([]);
  });
});

const FOLLOW_PROPOSAL = `mutation($input: FollowProposalInput!) { followProposal(input: $input) { id } }`;
const UNFOLLOW_PROPOSAL = `mutation($input: UnfollowProposalInput!) { unfollowProposal(input: $input) { id } }`;
const ANSWER = `mutation($input: AnswerProposalInput!) { answerProposal(input: $input) { id } }`;
const PUBLISH_ANSWER = `mutation($id: ID!) { publishProposalAnswer(proposalId: $id) { id } }`;
const WITHDRAW = `mutation($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { id status } }`;

describe('mail: following a proposal', () => {
  let author: TestUser;
  let consultationId: string;

  beforeAll(async () => {
    author = await createUser(api);
    consultationId = (await createConsultation(api, staff.token)).id;
  });

  const proposalUrl = (id: string): string => `https://participer.mairie-test.fr/propositions/${id}`;
  const newProposal = async (title: string): Promise<string> =>
    (await insertProposals(api, consultationId, [author.id], 1, { title: () => title }))[0];

  it('tells the followers of each published official answer, not of a saved one, and stops after unfollowing', async () => {
    const proposalId = await newProposal('Des bancs au jardin');
    const [follower, english, quitter] = await createUsers(api, 3);
    await api.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [english.id]);
    for (const user of [follower, english, quitter])
      await api.gql.as(user.token).ok(FOLLOW_PROPOSAL, { input: { proposalId } });
    await api.gql.as(quitter.token).ok(UNFOLLOW_PROPOSAL, { input: { proposalId } });

    const staffGql = api.gql.as(staff.token);
    // Saved, not published: staff-only, so nobody is told.
    await staffGql.ok(ANSWER, {
      input: { proposalId, answer: 'Nous étudions les emplacements.', status: 'EVALUATING', publish: false },
    });
    await staffGql.ok(PUBLISH_ANSWER, { id: proposalId });
    const [first] = await mail.messagesTo(follower.email, 1);
    expect(first.parsed.subject).toBe("Réponse officielle, proposition à l'étude : Des bancs au jardin");
    expect(first.parsed.text).toContain('Nous étudions les emplacements.');
    expect(first.parsed.text).toContain(proposalUrl(proposalId));
    expect(first.parsed.text).toContain('parce que vous suivez cette proposition');
    // Publishing again an answer already public tells nothing new.
    await staffGql.ok(PUBLISH_ANSWER, { id: proposalId });
    await staffGql.ok(ANSWER, {
      input: { proposalId, answer: 'Trois bancs seront posés en juin.', status: 'ACCEPTED' },
    });
    const [, second] = await mail.messagesTo(follower.email, 2);
    expect(second.parsed.subject).toBe('Réponse officielle, proposition acceptée : Des bancs au jardin');
    expect(second.parsed.text).toContain('Trois bancs seront posés en juin.');
    const [, inEnglish] = await mail.messagesTo(english.email, 2);
    expect(inEnglish.parsed.subject).toBe('Official answer, proposal accepted: Des bancs au jardin');
    expect(String(inEnglish.parsed.html)).toContain(`href="${proposalUrl(proposalId)}"`);

    // This proposal's news only: other tests of the file (in any order) tell of theirs.
    const events: { eventKey: string }[] = await api.db.query(
      `SELECT DISTINCT payload ->> 'eventKey' AS "eventKey" FROM outbox
        WHERE payload ->> 'template' = 'proposal-news' AND payload ->> 'eventKey' LIKE $1`,
      [`%${proposalId}%`],
    );
    expect(events).toHaveLength(2);
    expect(mail.smtp.to(follower.email)).toHaveLength(2);
    expect(mail.smtp.to(quitter.email)).toHaveLength(0);
  });

  it("tells the followers when the author withdraws the proposal, with the author's reason", async () => {
    const proposalId = await newProposal('Une piste cyclable');
    const [follower] = await createUsers(api, 1);
    await api.gql.as(follower.token).ok(FOLLOW_PROPOSAL, { input: { proposalId } });
    await api.gql.as(author.token).ok(WITHDRAW, { input: { proposalId, reason: 'Déjà prévu par la métropole' } });
    const [message] = await mail.messagesTo(follower.email, 1);
    expect(message.parsed.subject).toBe('Proposition retirée : Une piste cyclable');
    expect(message.parsed.text).toContain('Sa raison : Déjà prévu par la métropole');
  });

  it('refuses a proposal the caller cannot see, bad ids and anonymous callers; follows are exported and erased', async () => {
    const [resident] = await createUsers(api, 1);
    const as = api.gql.as(resident.token);
    const draft = await newProposal('Brouillon');
    await api.db.query(`UPDATE proposals SET state = 'DRAFT', published_at = NULL WHERE id = $1`, [draft]);
    expect(await as.errorCode(FOLLOW_PROPOSAL, { input: { proposalId: draft } })).toBe('NOT_FOUND');
    expect(await as.errorCode(FOLLOW_PROPOSAL, { input: { proposalId: 'nope' } })).toBe('VALIDATION_FAILED');
    const proposalId = await newProposal('Un composteur');
    expect(await api.gql.errorCode(FOLLOW_PROPOSAL, { input: { proposalId } })).toBe('UNAUTHENTICATED');

    await as.ok(FOLLOW_PROPOSAL, { input: { proposalId } });
    const contributor = api.app
      .get(PersonalDataRegistry)
      .all()
      .find((c) => c.domain === 'proposals');
    const sections = await contributor!.collect(api.db.manager, resident.id);
    expect(sections.find((s) => s.name === 'follows')?.rows).toEqual([{ proposalId, followedAt: expect.any(Date) }]);
    expect((await as.ok(DELETE_ACCOUNT, { input: { password: FACTORY_PASSWORD } })).deleteMyAccount).toBe(true);
    const left: unknown[] = await api.db.query(`SELECT 1 FROM proposal_follows WHERE user_id = $1`, [resident.id]);
    expect(left).toHaveLength(0);
  });
});

import { createHash } from 'node:crypto';
import { AuditChainVerifier } from '@quorum/audit';
import { Role } from '@quorum/identity';
import { BUDGET, CAST, CLOSE, createBudget, FEASIBILITY, PUBLISH, RESCHEDULE, RETRY, waitFor } from '../utils/budgets';
import { createUser, createUsers, TestUser } from '../utils/factories';
import { startTestApi, TestApi } from '../utils/test-api';
import { startTestWorker, TestWorker } from '../utils/test-worker';

interface EntryRow {
  sequence: string;
  actor_kind: string;
  actor_id: string | null;
  action: string;
  subject_id: string | null;
  is_public: boolean;
  payload: string;
  hash: string;
}

/** Every staff action and ballot of budgets and identity lands in the audit chain, in the change's transaction. */
describe('audit trail of budgets and identity', () => {
  let api: TestApi;
  let worker: TestWorker;
  let staff: TestUser;
  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker(api.config);
    staff = await createUser(api, { role: Role.STAFF });
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const entries = (subjectId?: string): Promise<EntryRow[]> =>
    api.db.query(
      `SELECT sequence, actor_kind, actor_id, action, subject_id, is_public, payload, hash FROM audit_entries
        WHERE $1::text IS NULL OR subject_id = $1 ORDER BY sequence`,
      [subjectId ?? null],
    );
  const statusOf = async (budgetId: string) => (await api.gql.as(staff.token).ok(BUDGET, { id: budgetId })).budget;
  const until = (budgetId: string, check: (b: { status: string; tallyError: string | null }) => boolean) =>
    waitFor(async () => ((b) => (check(b) ? b : undefined))(await statusOf(budgetId)), 20_000, 'budget state');

  it('records a budget from creation to publication, naming staff and never a voter', async () => {
    const { budgetId, projectIds } = await createBudget(api, staff.token, { open: false });
    const as = api.gql.as(staff.token);
    await as.ok(FEASIBILITY, {
      input: { projectId: projectIds[4], feasibility: 'UNFEASIBLE', explanation: 'Too costly to maintain' },
    });
    await as.ok(RESCHEDULE, { input: { budgetId, votingClosesAt: new Date(Date.now() + 7_200_000).toISOString() } });
    await as.ok(`mutation($id: ID!) { openVoting(budgetId: $id) { id } }`, { id: budgetId });
    const voters = await createUsers(api, 3, { verified: true });
    const receipts: string[] = [];
    for (const voter of voters) {
      const { castBallot } = await api.gql
        .as(voter.token)
        .ok(CAST, { input: { budgetId, projectIds: [projectIds[0]] } });
      receipts.push(castBallot.receipt);
    }
    await as.ok(CLOSE, { id: budgetId });
    await until(budgetId, (b) => b.status === 'TALLIED');
    await as.ok(PUBLISH, { id: budgetId });

    const trail = await entries(budgetId);
    expect(trail.map((e) => e.action)).toEqual([
      'budget.create',
      ...projectIds.map(() => 'budget.project.add'),
      'budget.project.feasibility',
      'budget.reschedule',
      'budget.open',
      'ballot.cast',
      'ballot.cast',
      'ballot.cast',
      'budget.close',
      'budget.tally.store',
      'budget.publish',
    ]);
    const byStaff = trail.filter((e) => !['ballot.cast', 'budget.tally.store'].includes(e.action));
    expect(byStaff.every((e) => e.actor_kind === 'STAFF' && e.actor_id === staff.id)).toBe(true);
    expect(trail.find((e) => e.action === 'budget.tally.store')).toMatchObject({
      actor_kind: 'SYSTEM',
      actor_id: null,
    });

    const casts = trail.filter((e) => e.action === 'ballot.cast');
    const [{ project_ids }] = await api.db.query(`SELECT project_ids FROM ballots WHERE receipt = $1`, [receipts[0]]);
    const line = `${receipts[0]};${project_ids.join(',')}`;
    expect(JSON.parse(casts[0].payload)).toEqual({
      receipt: receipts[0],
      contentSha256: createHash('sha256').update(line).digest('hex'),
    });
    for (const [i, cast] of casts.entries()) {
      expect(cast).toMatchObject({ actor_kind: 'RESIDENT', actor_id: null, is_public: false });
      expect(cast.payload).not.toContain(voters[i].id);
    }
    const published = JSON.parse(trail.at(-1)!.payload);
    expect(published).toEqual({
      winners: [projectIds[0]],
      ballotCount: 3,
      ballotsDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
      ballotsMerkleRoot: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // Shown with the result: the head is the publish entry itself.
    const { budget } = await api.gql.ok(
      `query($id: ID!) { budget(id: $id) { result { ballotsDigest ballotsMerkleRoot auditHead { sequence hash } } } }`,
      { id: budgetId },
    );
    const publishEntry = trail.at(-1)!;
    expect(budget.result.auditHead).toEqual({ sequence: Number(publishEntry.sequence), hash: publishEntry.hash });
    expect(budget.result).toMatchObject({
      ballotsDigest: published.ballotsDigest,
      ballotsMerkleRoot: published.ballotsMerkleRoot,
    });
    expect(await api.app.get(AuditChainVerifier).verify()).toMatchObject({ ok: true });
  });

  it('records a failed tally retried by staff, and a close by the scheduled job as the system', async () => {
    const { budgetId, projectIds } = await createBudget(api, staff.token, { closesInMs: 2500 });
    const [resident] = await createUsers(api, 1, { verified: true });
    await api.gql.as(resident.token).ok(CAST, { input: { budgetId, projectIds: [projectIds[0]] } });
    const [{ id }] = await api.db.query(
      `WITH b AS (INSERT INTO ballots (budget_id, receipt, project_ids) VALUES ($1, 'corrupt', ARRAY[gen_random_uuid()]) RETURNING id)
       INSERT INTO budget_participations (budget_id, voter_key, ballot_id) SELECT $1, repeat('0', 64), id FROM b RETURNING ballot_id AS id`,
      [budgetId],
    );
    await until(budgetId, (b) => !!b.tallyError);
    await api.db.query(
      `WITH p AS (DELETE FROM budget_participations WHERE ballot_id = $1) DELETE FROM ballots WHERE id = $1`,
      [id],
    );
    await api.gql.as(staff.token).ok(RETRY, { id: budgetId });
    await until(budgetId, (b) => b.status === 'TALLIED');

    const trail = await entries(budgetId);
    expect(trail.find((e) => e.action === 'budget.close')).toMatchObject({ actor_kind: 'SYSTEM', is_public: true });
    expect(trail.find((e) => e.action === 'budget.tally.retry')).toMatchObject({
      actor_kind: 'STAFF',
      actor_id: staff.id,
    });
    expect(trail.at(-1)!.action).toBe('budget.tally.store');
  });

  it('records census imports with their counts and in-person verifications without naming the resident', async () => {
    const as = api.gql.as(staff.token);
    const { importCensus } = await as.ok(
      `mutation { importCensus(input: { csv: "code\\nZZ1111\\nZZ2222\\n!!" }) { added } }`,
    );
    expect(importCensus.added).toBe(2);
    const resident = await createUser(api);
    await as.ok(`mutation($input: VerifyResidentInPersonInput!) { verifyResidentInPerson(input: $input) }`, {
      input: { userId: resident.id, reason: 'Carte d’identité de Jeanne Martin' },
    });

    const all = await entries();
    const census = all.filter((e) => e.action === 'identity.census-import').at(-1)!;
    expect(census).toMatchObject({ actor_kind: 'STAFF', actor_id: staff.id, is_public: false });
    expect(JSON.parse(census.payload)).toEqual({ source: 'GRAPHQL', added: 2, alreadyPresent: 0, malformed: 1 });
    const inPerson = all.filter((e) => e.action === 'identity.verify-in-person').at(-1)!;
    expect(inPerson).toMatchObject({ actor_kind: 'STAFF', actor_id: staff.id, subject_id: null, is_public: false });
    expect(inPerson.payload).not.toContain(resident.id);
    expect(inPerson.payload).not.toContain('Jeanne');
    expect(JSON.parse(inPerson.payload)).toEqual({
      residentKey: expect.stringMatching(/^[0-9a-f]{64}$/),
      withCensusCode: false,
    });
  });
});

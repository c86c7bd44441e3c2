import { CAST, createBudget } from '../utils/budgets.factory';
import { createUsers, startApiWithStaff, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';

const CLOSE = `mutation($id: ID!) { closeVoting(budgetId: $id) { status closedAt } }`;

/**
 * Issue #14.11: ballots cast while staff close the vote. Ballots carry no
 * time (secrecy), so this test database alone gets a deferred trigger that
 * notes, at each ballot's commit, the clock then: the moment the ballot
 * became part of the vote. None may be later than the `closedAt` the budget
 * shows.
 */
describe('closing a vote is a clean cut', () => {
  let api: TestApi;
  let staff: TestUser;
  beforeAll(async () => {
    ({ api, staff } = await startApiWithStaff());
    await api.db.query(`CREATE TABLE test_ballot_commits (budget_id uuid NOT NULL, committed_at timestamptz NOT NULL)`);
    await api.db.query(`
      CREATE FUNCTION test_note_ballot_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO test_ballot_commits VALUES (NEW.budget_id, clock_timestamp());
        RETURN NULL;
      END $$`);
    // Deferred: runs as the casting transaction commits, after everything else it did.
    await api.db.query(`
      CREATE CONSTRAINT TRIGGER test_note_ballot_commit AFTER INSERT ON ballots
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_note_ballot_commit()`);
  });
  afterAll(() => api.close());

  it('counts no ballot committed after closedAt, with casts racing closeVoting', async () => {
    const { budgetId, projectIds } = await createBudget(api, staff.token);
    const residents = await createUsers(api, 80, { verified: true });
    const cast = async (resident: TestUser, i: number) => {
      const answer = await api.gql
        .as(resident.token)
        .request(CAST, { input: { budgetId, projectIds: [projectIds[i % 5]] } });
      return answer.errors?.[0]?.extensions?.code ?? 'OK';
    };
    // Sixty casts in flight, then the close as the first of them come back, with twenty more casts sent beside it.
    const first = residents.slice(0, 60).map((r, i) => cast(r, i));
    let answered = 0;
    await new Promise<void>((resolve) => {
      for (const p of first) void p.then(() => ++answered === 10 && resolve());
    });
    const [closing, ...late] = await Promise.all([
      api.gql.as(staff.token).ok(CLOSE, { id: budgetId }),
      ...residents.slice(60).map((r, i) => cast(r, 60 + i)),
    ]);
    const codes = [...(await Promise.all(first)), ...late];
    const closedAt = new Date(closing.closeVoting.closedAt as string);

    // Each cast either counted or was refused as closed; every counted ballot committed before closedAt.
    expect(codes.filter((c) => c !== 'OK' && c !== 'BALLOT_CLOSED')).toEqual([]);
    const commits: { committed_at: Date }[] = await api.db.query(
      `SELECT committed_at FROM test_ballot_commits WHERE budget_id = $1`,
      [budgetId],
    );
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM ballots WHERE budget_id = $1`, [budgetId]);
    expect(commits.length).toBe(n);
    expect(n).toBe(codes.filter((c) => c === 'OK').length);
    const after = commits.filter((c) => c.committed_at.getTime() > closedAt.getTime());
    expect(after.map((c) => c.committed_at.toISOString())).toEqual([]);
    // And the close committed to exactly those ballots.
    const [close] = await api.db.query(
      `SELECT payload FROM audit_entries WHERE action = 'budget.close' AND subject_id = $1`,
      [budgetId],
    );
    expect(JSON.parse(close.payload).ballotCount).toBe(n);
  });
});

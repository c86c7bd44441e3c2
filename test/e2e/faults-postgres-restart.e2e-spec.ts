import { Role } from '@quorum/access';
import { AuditChainVerifier } from '@quorum/audit';
import { Client } from 'pg';
import { BUDGET, CAST, CLOSE, createBudget } from '../utils/budgets.factory';
import { createUser, createUsers, TestUser } from '../utils/users.factory';
import { createOpen311Key, seedCommune } from '../utils/reports.factory';
import { startTcpProxy, TcpProxy } from '../utils/tcp-proxy';
import { startTestApi, TestApi } from '../utils/test-api';
import { startTestWorker, TestWorker } from '../utils/test-worker';
import { waitFor } from '../utils/wait-for';

const ME = `{ me { id verified } }`;

/**
 * PostgreSQL restarted: a proxy between the API (and worker) and the shared
 * server resets every connection and refuses new ones, then lets them through
 * again. Requests meanwhile fail with SERVICE_UNAVAILABLE, a transaction cut
 * in flight leaves nothing behind, and both processes recover on their own.
 */
describe('fault: PostgreSQL restarted', () => {
  let postgres: TcpProxy;
  let api: TestApi;
  let worker: TestWorker;
  let direct: Client;
  let staff: TestUser;
  beforeAll(async () => {
    postgres = await startTcpProxy('127.0.0.1', 5432);
    api = await startTestApi({ OUTBOX_POLL_INTERVAL_MS: '500' }, { connectVia: (url) => postgres.url(url) });
    worker = await startTestWorker(api.config);
    direct = new Client({ connectionString: api.databaseUrl });
    await direct.connect();
    staff = await createUser(api, { role: Role.STAFF });
    await seedCommune(api);
  });
  afterAll(async () => {
    postgres.heal();
    await direct.end();
    await worker.close();
    await api.close();
    await postgres.close();
  });

  it('fails requests cleanly during the outage, keeps nothing of a cut transaction, and recovers without restart', async () => {
    const { budgetId, projectIds } = await createBudget(api, staff.token);
    const [alice, bob] = await createUsers(api, 2, { verified: true });
    const apiKey = await createOpen311Key(api);
    await api.gql.as(bob.token).ok(CAST, { input: { budgetId, projectIds: [projectIds[1]] } });

    // Alice's ballot is in flight (held mid-transaction by a slow trigger) when PostgreSQL goes.
    await direct.query(`CREATE FUNCTION slow_participation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(1.5); RETURN NEW; END $$`);
    await direct.query(
      `CREATE TRIGGER slow_participation BEFORE INSERT ON budget_participations FOR EACH ROW EXECUTE FUNCTION slow_participation()`,
    );
    const inFlight = api.gql.as(alice.token).request(CAST, { input: { budgetId, projectIds: [projectIds[0]] } });
    await waitFor(
      async () => {
        const { rows } = await direct.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'`,
        );
        return rows.length > 0 ? true : undefined;
      },
      10_000,
      'the ballot transaction to be in flight',
    );
    postgres.cut();

    const cut = await inFlight;
    expect(cut.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(cut)).not.toMatch(/Connection terminated|ECONN|at .*\.js:\d+/);
    await direct.query(`DROP TRIGGER slow_participation ON budget_participations`);

    // During the outage: every kind of request fails with a code, never a 500 with internals.
    expect(await api.gql.as(alice.token).errorCode(BUDGET, { id: budgetId })).toBe('SERVICE_UNAVAILABLE');
    expect(await api.gql.as(alice.token).errorCode(ME)).toBe('SERVICE_UNAVAILABLE');
    expect(await api.gql.as(alice.token).errorCode(CAST, { input: { budgetId, projectIds: [projectIds[0]] } })).toBe(
      'SERVICE_UNAVAILABLE',
    );
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'down', checks: { database: 'down', redis: 'up' } });
    const open311 = await fetch(`${api.url}/open311/v2/services.json?api_key=${apiKey}`);
    expect(open311.status).toBe(503);
    expect(await open311.json()).toEqual([{ code: 503, description: expect.stringMatching(/unavailable/) }]);

    // The cut transaction left nothing: PostgreSQL rolled it back when its connection went.
    const { rows: participations } = await direct.query(
      `SELECT count(*)::int AS n FROM budget_participations WHERE budget_id = $1`,
      [budgetId],
    );
    expect(participations[0].n).toBe(1);

    postgres.heal();
    await waitFor(
      async () => ((await fetch(`${api.url}/healthz`)).status === 200 ? true : undefined),
      15_000,
      'the API to reconnect',
    );
    const recast = await api.gql.as(alice.token).ok(CAST, { input: { budgetId, projectIds: [projectIds[0]] } });
    expect(recast.castBallot.receipt).toEqual(expect.any(String));
    const { rows } = await direct.query(
      `SELECT (SELECT count(*)::int FROM ballots WHERE budget_id = $1) AS ballots,
              (SELECT count(*)::int FROM budget_participations WHERE budget_id = $1) AS participations,
              (SELECT count(*)::int FROM audit_entries WHERE action = 'ballot.cast') AS "castEntries"`,
      [budgetId],
    );
    expect(rows[0]).toEqual({ ballots: 2, participations: 2, castEntries: 2 });
    expect((await api.app.get(AuditChainVerifier).verify()).ok).toBe(true);

    // The worker recovered too: its relay and its pool reconnect, and the close is tallied.
    await api.gql.as(staff.token).ok(CLOSE, { id: budgetId });
    const tallied = await waitFor(
      async () => {
        const { budget } = await api.gql.as(staff.token).ok(BUDGET, { id: budgetId });
        return budget.status === 'TALLIED' ? budget : undefined;
      },
      30_000,
      'tally after the restart',
    );
    expect(tallied.result.ballotCount).toBe(2);
  });
});

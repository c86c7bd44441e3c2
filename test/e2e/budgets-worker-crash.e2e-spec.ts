import { ChildProcess } from 'node:child_process';
import { computeResults } from '@quorum/budgets';
import { JobQueue, QueueName } from '@quorum/queue';
import { BUDGET, CLOSE, createBudget, OPEN, seedBallots, seedProjects } from '../utils/budgets.factory';
import { startApiWithStaff, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';
import { spawnWorker } from '../utils/worker-process';
import { startTestWorker, TestWorker } from '../utils/test-worker';
import { waitFor } from '../utils/wait-for';

// Short, so the lapsed lock of the killed worker is noticed quickly; long enough for a 30,000-ballot tally (CPU-bound, ~0.6 s) to renew it.
const LOCK_MS = '3000';

describe('participatory budgets: a worker killed during a tally', () => {
  let api: TestApi;
  let staff: TestUser;
  let child: ChildProcess | undefined;
  let worker: TestWorker | undefined;
  beforeAll(async () => ({ api, staff } = await startApiWithStaff({ WORKER_LOCK_DURATION_MS: LOCK_MS })));
  afterAll(async () => {
    child?.kill('SIGKILL');
    await worker?.close();
    await api.close();
  });

  it('is re-run by another worker after the lock lapses and stores the same result as an uninterrupted tally', async () => {
    const { budgetId } = await createBudget(api, staff.token, {
      ballotType: 'APPROVAL',
      totalAmount: 2_000_000,
      costs: [],
      open: false,
    });
    await seedProjects(api.db, budgetId, 150, 200_000);
    await api.gql.as(staff.token).ok(OPEN, { id: budgetId });
    await seedBallots(api.db, budgetId, 30_000);

    child = spawnWorker(api, { WORKER_LOCK_DURATION_MS: LOCK_MS });
    await api.gql.as(staff.token).ok(CLOSE, { id: budgetId });
    const queue = api.app.get(JobQueue).queue(QueueName.BUDGETS);
    await waitFor(
      async () => ((await queue.getJobState(`tally-${budgetId}`)) === 'active' ? true : undefined),
      30_000,
      'tally to start',
    );
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
    const [{ status }] = await api.db.query(`SELECT status FROM budgets WHERE id = $1`, [budgetId]);
    expect(status).toBe('CLOSED');

    worker = await startTestWorker(api.config);
    const tallied = await waitFor(
      async () => {
        const { budget } = await api.gql.as(staff.token).ok(BUDGET, { id: budgetId });
        return budget.status === 'TALLIED' ? budget : undefined;
      },
      // The tally also stores its proof tree now; on a loaded machine it needs far more than 30 s.
      150_000,
      'tally after restart',
    );

    const projects = await api.db.query(`SELECT id, cost FROM budget_projects WHERE budget_id = $1 ORDER BY id`, [
      budgetId,
    ]);
    const ballots = await api.db.query(`SELECT project_ids AS "projectIds", points FROM ballots WHERE budget_id = $1`, [
      budgetId,
    ]);
    const expected = computeResults(
      {
        totalAmount: 2_000_000,
        ballotType: 'APPROVAL' as never,
        tallyRule: 'EQUAL_SHARES' as never,
        minProjectScore: null,
        add1Completion: true,
      },
      projects,
      ballots,
    );
    expect(tallied.result.ballotCount).toBe(30_000);
    expect(tallied.result.winners.map((w: { id: string }) => w.id)).toEqual(expected.main.winners);
    expect(tallied.result.comparison.winners.map((w: { id: string }) => w.id)).toEqual(expected.comparison.winners);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM budget_results WHERE budget_id = $1`, [
      budgetId,
    ]);
    expect(n).toBe(1);
  }, 180_000);
});

import { JobQueue, QueueName } from '@quorum/queue';
import { CloseVotingProcessor } from '../../libs/budgets/src/jobs/close-voting.processor';
import { TallyBudgetProcessor } from '../../libs/budgets/src/jobs/tally-budget.processor';
import { BUDGET, CAST, createBudget } from '../utils/budgets.factory';
import { createUsers, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';
import { WorkerTestBed } from '../utils/worker-test-bed';
import { waitFor } from '../utils/wait-for';

/**
 * The same job delivered twice, at once (two workers) and again later (a
 * redelivery after a lost acknowledgement): one close, one tally job, one
 * result. The tally's own redelivery test is in budgets-tally.e2e-spec.ts.
 */
describe('fault: the same job delivered twice', () => {
  const bed = new WorkerTestBed();
  let api: TestApi;
  let staff: TestUser;
  beforeAll(async () => ({ api, staff } = await bed.startWithStaff({ OUTBOX_POLL_INTERVAL_MS: '500' })));
  afterAll(() => bed.stop());

  it('closes once, tallies once and stores one result when the close job runs twice at once and once more', async () => {
    const residents = await createUsers(api, 5, { verified: true });
    const { budgetId, projectIds } = await createBudget(api, staff.token, { closesInMs: 60_000 });
    for (const [i, r] of residents.entries())
      await api.gql.as(r.token).ok(CAST, { input: { budgetId, projectIds: [projectIds[i % projectIds.length]] } });
    // Brought forward once the ballots are in, so a loaded machine cannot close voting before the casts.
    const [[{ closesAt }]] = await api.db.query(
      `UPDATE budgets SET voting_closes_at = now() + interval '300 milliseconds' WHERE id = $1 RETURNING voting_closes_at AS "closesAt"`,
      [budgetId],
    );
    // Its scheduled job is in BullMQ; deliver the same payload to two handlers at once when due, as two workers would.
    // Until the clock is past it: a timer may fire a millisecond early by Date.now(), and a handler that finds
    // the budget not yet due throws (for BullMQ to retry), which would fail the test.
    await waitFor(async () => (Date.now() > closesAt.getTime() ? true : undefined), 10_000, 'the close time');
    const closeVoting = bed.worker.app.get(CloseVotingProcessor);
    const payload = { budgetId, closesAt: closesAt.toISOString() };
    await Promise.all([closeVoting.handle(payload), closeVoting.handle(payload)]);

    const status = async () => (await api.gql.as(staff.token).ok(BUDGET, { id: budgetId })).budget;
    const first = await waitFor(
      async () => {
        const budget = await status();
        return budget.status === 'TALLIED' ? budget : undefined;
      },
      20_000,
      'tally',
    );
    // A late redelivery of the close and of the tally changes nothing.
    await closeVoting.handle(payload);
    await bed.worker.app.get(TallyBudgetProcessor).handle({ budgetId }, { attemptsMade: 0 });

    const [counts] = await api.db.query(
      `SELECT (SELECT count(*)::int FROM audit_entries WHERE action = 'budget.close' AND subject_id = $3) AS closes,
              (SELECT count(*)::int FROM budget_results WHERE budget_id = $1) AS results,
              (SELECT count(*)::int FROM outbox WHERE job_id = $2 AND relayed_at IS NULL) AS "unrelayed"`,
      [budgetId, `tally-${budgetId}`, budgetId],
    );
    // A delivery that finds the budget already closed may write the tally job again: same id, so still one job.
    expect(counts).toEqual({ closes: 1, results: 1, unrelayed: 0 });
    const queue = api.app.get(JobQueue).queue(QueueName.BUDGETS);
    const tallies = (await queue.getJobs(['completed', 'active', 'waiting', 'delayed', 'failed'])).filter(
      (job) => job.name === 'budgets.tally',
    );
    expect(tallies.map((job) => job.id)).toEqual([`tally-${budgetId}`]);
    const again = await status();
    expect({ ...again.result, computationMs: 0 }).toEqual({ ...first.result, computationMs: 0 });
    expect(again.result.ballotCount).toBe(5);
  });
});

import { randomUUID } from 'node:crypto';
import { BudgetBallotsReader, BudgetTallyService, canonicalBallotsFile, sha256Hex } from '@quorum/budgets';
import { JobName, JobQueue, QueueName } from '@quorum/queue';
import {
  mergeBallots,
  parsePabulib,
  pabulibToProfile,
  tally,
  type EqualSharesTrace,
  type TallyProfile,
} from '@quorum/tally';
import {
  BUDGET,
  CAST,
  CLOSE,
  closeVotingSoon,
  createBudget,
  deleteBallot,
  insertStrayBallot,
  PUBLISH,
  RESCHEDULE,
  RETRY,
  waitForBudget,
} from '../utils/budgets.factory';
import { createUsers, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';
import { WorkerTestBed } from '../utils/worker-test-bed';
import { withJobsPaused } from '../utils/paused-queue';
import { waitFor } from '../utils/wait-for';

const COSTS = [400, 300, 300, 250, 200, 150, 100, 100];

const EXPLANATION = `query($id: ID!) { budget(id: $id) { result {
  explanation { figures { votersWithFunded shareWithFunded averageFunded }
    equalShares { perVoterBudget add1Increment rounds
      projects { project { id } outcome round supportersHeld maxPayment effectiveVotes payments { amount voters paidAll } droppedAtRound effectiveSupport } } }
  comparison { explanation { figures { votersWithFunded shareWithFunded averageFunded } greedy { project { id } funded position moneyLeft takenBy { id } } } }
} } }`;

/** A knapsack ballot within the 1000 € budget, different for most residents. */
function randomBallot(projectIds: string[], seed: number): string[] {
  const chosen: string[] = [];
  let spent = 0;
  for (let k = 0; k < projectIds.length; k++) {
    const i = (seed * 7 + k * 3 + (seed % 5) * k) % projectIds.length;
    if (chosen.includes(projectIds[i]) || spent + COSTS[i] > 1000) continue;
    if ((seed + k) % 3 === 0) continue;
    chosen.push(projectIds[i]);
    spent += COSTS[i];
  }
  return chosen.length ? chosen : [projectIds[seed % projectIds.length]];
}

describe('participatory budgets: closing, tallying on the worker, publishing', () => {
  const bed = new WorkerTestBed();
  let api: TestApi;
  let staff: TestUser;
  beforeAll(async () => ({ api, staff } = await bed.startWithStaff()));
  afterAll(() => bed.stop());

  const status = async (budgetId: string) => (await api.gql.as(staff.token).ok(BUDGET, { id: budgetId })).budget;
  const untilStatus = (budgetId: string, wanted: string) =>
    waitForBudget(api, staff.token, budgetId, (b) => b.status === wanted, `budget ${wanted}`);
  const untilTallyError = (budgetId: string) =>
    waitForBudget(api, staff.token, budgetId, (b) => !!b.tallyError, 'tally error');

  it('is closed by the delayed job, tallied by the worker as libs/tally does, and shown to residents once published', async () => {
    const { budgetId, projectIds } = await createBudget(api, staff.token, { costs: COSTS });
    const profileOf = (ballots: string[][]): TallyProfile => ({
      budget: '1000',
      projects: projectIds.map((id, i) => ({ id, cost: String(COSTS[i]) })),
      ballots: mergeBallots(
        ballots.map((projects) => ({ projects })),
        'approval',
      ),
      kind: 'approval',
    });
    const residents = await createUsers(api, 60, { verified: true });
    const last = new Map<string, string[]>();
    await Promise.all(
      residents.map(async (r, i) => {
        const ballot = randomBallot(projectIds, i);
        await api.gql.as(r.token).ok(CAST, { input: { budgetId, projectIds: ballot } });
        last.set(r.id, ballot);
      }),
    );
    // A third re-vote; the last ballot must count.
    for (const [i, r] of residents.entries()) {
      if (i % 3 !== 0) continue;
      const ballot = randomBallot(projectIds, i + 1000);
      await api.gql.as(r.token).ok(CAST, { input: { budgetId, projectIds: ballot } });
      last.set(r.id, ballot);
    }
    // The close is then moved to a second from now, however long the casts took on a loaded machine.
    await closeVotingSoon(api, staff.token, budgetId);

    const tallied = await untilStatus(budgetId, 'TALLIED');
    const expected = tally(
      {
        budget: '1000',
        projects: projectIds.map((id, i) => ({ id, cost: String(COSTS[i]) })),
        ballots: mergeBallots(
          [...last.values()].map((projects) => ({ projects })),
          'approval',
        ),
        kind: 'approval',
      },
      { rule: 'equal-shares-add1', utility: 'cost' },
    );
    expect(tallied.result.rule).toBe('EQUAL_SHARES');
    expect(tallied.result.winners.map((w: { id: string }) => w.id)).toEqual(expected.winners);
    expect(tallied.result.totalCost).toBe(Number(expected.totalCost));
    expect(tallied.result.ballotCount).toBe(60);
    expect(tallied.result.comparison.rule).toBe('GREEDY');
    const greedy = tally(
      {
        budget: '1000',
        projects: expected.projects.map((p) => ({ id: p.id, cost: p.cost })),
        ballots: mergeBallots(
          [...last.values()].map((projects) => ({ projects })),
          'approval',
        ),
        kind: 'approval',
      },
      { rule: 'greedy' },
    );
    expect(tallied.result.comparison.winners.map((w: { id: string }) => w.id)).toEqual(greedy.winners);
    for (const p of tallied.projects) expect(p.votes).toBe(expected.projects.find((x) => x.id === p.id)!.votes);

    // The digest is that of the canonical file, which libs/tally reads back to the same result.
    const file = await canonicalFile(api, budgetId);
    expect(tallied.result.ballotsDigest).toBe(sha256Hex(file));
    expect(await api.app.get(BudgetBallotsReader).canonicalFile(budgetId)).toBe(file);
    expect(tally(pabulibToProfile(parsePabulib(file)), { rule: 'equal-shares-add1', utility: 'cost' }).winners).toEqual(
      expected.winners,
    );

    const resident = api.gql.as(residents[0].token);
    expect((await resident.ok(BUDGET, { id: budgetId })).budget.result).toBeNull();
    expect((await resident.ok(BUDGET, { id: budgetId })).budget.projects[0].votes).toBeNull();
    await api.gql.as(staff.token).ok(PUBLISH, { id: budgetId });
    const published = (await resident.ok(BUDGET, { id: budgetId })).budget;
    expect(published.status).toBe('PUBLISHED');
    expect(published.result.winners.map((w: { id: string }) => w.id)).toEqual(expected.winners);

    // Why each project won or lost: stored with the result as libs/tally explains it, served to residents.
    const { explanation, comparison } = (await resident.ok(EXPLANATION, { id: budgetId })).budget.result;
    const explained = tally(
      profileOf([...last.values()]),
      { rule: 'equal-shares-add1', utility: 'cost' },
      { explain: true },
    ).explanation!;
    expect(explanation.figures).toEqual(explained.figures);
    const trace = explained.trace as EqualSharesTrace;
    expect(explanation.equalShares).toMatchObject({
      perVoterBudget: trace.perVoterBudget,
      add1Increment: trace.add1Increment,
      rounds: trace.rounds,
    });
    const served = explanation.equalShares.projects;
    expect(
      served
        .filter((p: { outcome: string }) => p.outcome === 'FUNDED')
        .map((p: { project: { id: string } }) => p.project.id),
    ).toEqual(expected.winners);
    for (const p of trace.projects) {
      const s = served.find((x: { project: { id: string } }) => x.project.id === p.id);
      if (p.outcome === 'funded')
        expect(s).toMatchObject({ round: p.round, maxPayment: p.maxPayment, payments: p.payments });
      if (p.outcome === 'unfunded')
        expect(s).toMatchObject({
          droppedAtRound: p.droppedAtRound,
          supportersHeld: p.supportersHeld,
          effectiveSupport: p.effectiveSupport,
        });
    }
    const greedyExplained = tally(profileOf([...last.values()]), { rule: 'greedy' }, { explain: true }).explanation!;
    expect(comparison.explanation.figures).toEqual(greedyExplained.figures);
    expect(comparison.explanation.greedy).toHaveLength(COSTS.length);
  });

  it('stores one result when the tally job is delivered twice', async () => {
    const { budgetId, projectIds } = await createBudget(api, staff.token, { costs: COSTS });
    const residents = await createUsers(api, 20, { verified: true });
    await Promise.all(
      residents.map((r, i) =>
        api.gql.as(r.token).ok(CAST, { input: { budgetId, projectIds: randomBallot(projectIds, i) } }),
      ),
    );
    await api.gql.as(staff.token).ok(CLOSE, { id: budgetId });
    const first = (await untilStatus(budgetId, 'TALLIED')).result;

    // Closing again enqueues nothing new (same deterministic job id); a redelivery recomputes and replaces.
    expect(await api.gql.as(staff.token).errorCode(CLOSE, { id: budgetId })).toBe('INVALID_STATUS');
    const queue = api.app.get(JobQueue).queue(QueueName.BUDGETS);
    const again = await queue.add(JobName.TALLY_BUDGET, { budgetId }, { jobId: `tally-${budgetId}-redelivered` });
    await waitFor(
      async () => ((await again.getState()) === 'completed' ? true : undefined),
      20_000,
      'redelivered tally',
    );
    await api.app.get(BudgetTallyService).run(budgetId);

    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM budget_results WHERE budget_id = $1`, [
      budgetId,
    ]);
    expect(n).toBe(1);
    const second = (await status(budgetId)).result;
    expect({ ...second, computationMs: 0 }).toEqual({ ...first, computationMs: 0 });
  });

  it('answers a close that committed as done, even when the worker has tallied before the answer', async () => {
    const { budgetId, projectIds } = await createBudget(api, staff.token, { costs: COSTS });
    const [resident] = await createUsers(api, 1, { verified: true });
    await api.gql.as(resident.token).ok(CAST, { input: { budgetId, projectIds: [projectIds[0]] } });
    // The worker's tally commits right after each API transaction that leaves the budget CLOSED, before the API goes
    // on: what a loaded machine can do between the close's commit and its answer (once seen in CI, where the
    // answer said INVALID_STATUS "the budget is TALLIED, not OPEN").
    const tallyNow = bed.worker.app.get(BudgetTallyService);
    const transaction = api.db.transaction.bind(api.db) as (...args: unknown[]) => Promise<unknown>;
    const spy = jest.spyOn(api.db, 'transaction').mockImplementation((async (...args: unknown[]) => {
      const result = await transaction(...args);
      const [{ status: now }] = await api.db.query(`SELECT status FROM budgets WHERE id = $1`, [budgetId]);
      if (now === 'CLOSED') await tallyNow.run(budgetId);
      return result;
    }) as never);
    try {
      const { closeVoting } = await api.gql.as(staff.token).ok(CLOSE, { id: budgetId });
      expect(closeVoting.status).toBe('CLOSED');
    } finally {
      spy.mockRestore();
    }
    expect((await status(budgetId)).status).toBe('TALLIED');
    // Closed once, by staff: nothing else closed it first.
    const closes = await api.db.query(
      `SELECT actor_kind AS "actorKind", actor_id AS "actorId" FROM audit_entries WHERE action = 'budget.close' AND subject_id = $1`,
      [budgetId],
    );
    expect(closes).toEqual([{ actorKind: 'STAFF', actorId: staff.id }]);
  });

  it('leaves the budget CLOSED with a visible error when the tally fails for good', async () => {
    const { budgetId, projectIds } = await createBudget(api, staff.token, { costs: COSTS });
    const [resident] = await createUsers(api, 1, { verified: true });
    await api.gql.as(resident.token).ok(CAST, { input: { budgetId, projectIds: [projectIds[0]] } });
    // A ballot naming a project that is not on the ballot (only a corrupted database can hold one).
    await insertStrayBallot(api.db, budgetId, [randomUUID()]);
    await api.gql.as(staff.token).ok(CLOSE, { id: budgetId });

    const failed = await untilTallyError(budgetId);
    expect(failed.status).toBe('CLOSED');
    expect(failed.tallyError).toMatch(/unknown project/);
    expect(failed.result).toBeNull();
    expect((await api.gql.as(resident.token).ok(BUDGET, { id: budgetId })).budget.tallyError).toBeNull();
    expect(await api.gql.as(staff.token).errorCode(PUBLISH, { id: budgetId })).toBe('INVALID_STATUS');

    // The corrupt ballot is among those the close committed to, so a retry fails the same way (removing it would
    // make the tally count other ballots than those committed: the next test).
    await api.gql.as(staff.token).ok(RETRY, { id: budgetId });
    expect((await untilTallyError(budgetId)).tallyError).toMatch(/unknown project/);
  });

  it('refuses, for good, ballots changed since the close committed to them, and tallies once they are put back', async () => {
    const { budgetId, projectIds } = await createBudget(api, staff.token, { costs: COSTS });
    const residents = await createUsers(api, 3, { verified: true });
    for (const r of residents) await api.gql.as(r.token).ok(CAST, { input: { budgetId, projectIds: [projectIds[0]] } });
    // A ballot slipped in after the close (straight into the database), before the worker tallies.
    const stray = await withJobsPaused(api, QueueName.BUDGETS, async () => {
      await api.gql.as(staff.token).ok(CLOSE, { id: budgetId });
      return insertStrayBallot(api.db, budgetId, [projectIds[1]]);
    });
    const failed = await untilTallyError(budgetId);
    expect(failed).toMatchObject({ status: 'CLOSED', result: null });
    expect(failed.tallyError).toMatch(/differ from those committed when voting closed \(committed: 3 ballots/);

    await deleteBallot(api.db, stray);
    await api.gql.as(staff.token).ok(RETRY, { id: budgetId });
    const retried = await untilStatus(budgetId, 'TALLIED');
    expect(retried.tallyError).toBeNull();
    expect(retried.result.ballotCount).toBe(3);
  });

  it('closes at the moved time when staff reschedule an open vote, and not at the old one', async () => {
    // `later` would close 6 s after its creation; it is moved first thing, and checked after that time. The
    // budgets queue is paused meanwhile: on a loaded machine its creation and move can outlast 6 s, and its first
    // close job must not run before the move (after it, that job is the stale one the test is about).
    const laterClosesAt = Date.now() + 6000;
    const later = await withJobsPaused(api, QueueName.BUDGETS, async () => {
      const created = await createBudget(api, staff.token, { costs: COSTS, closesInMs: 6000 });
      await api.gql.as(staff.token).ok(RESCHEDULE, {
        input: { budgetId: created.budgetId, votingClosesAt: new Date(Date.now() + 3_600_000).toISOString() },
      });
      return created;
    });
    const sooner = await createBudget(api, staff.token, { costs: COSTS, closesInMs: 60_000 });
    // Cast first, then move the close: a loaded machine must not close the vote before the ballot.
    const [resident] = await createUsers(api, 1, { verified: true });
    await api.gql
      .as(resident.token)
      .ok(CAST, { input: { budgetId: sooner.budgetId, projectIds: [sooner.projectIds[0]] } });
    await closeVotingSoon(api, staff.token, sooner.budgetId);

    await untilStatus(sooner.budgetId, 'TALLIED');
    await new Promise((r) => setTimeout(r, Math.max(500, laterClosesAt + 1000 - Date.now())));
    expect((await status(later.budgetId)).status).toBe('OPEN');
    expect(
      await api.gql.as(staff.token).errorCode(RESCHEDULE, {
        input: { budgetId: sooner.budgetId, votingClosesAt: new Date(Date.now() + 1e6).toISOString() },
      }),
    ).toBe('INVALID_STATUS');
  });
});

/** Rebuilds the canonical ballots file from the database, as the open-data export will. */
async function canonicalFile(api: TestApi, budgetId: string): Promise<string> {
  const [budget] = await api.db.query(
    `SELECT id, title, total_amount AS "totalAmount", ballot_type AS "ballotType", min_projects AS "minProjects", max_projects AS "maxProjects",
            max_points AS "maxPoints", tally_rule AS "tallyRule", min_project_score AS "minProjectScore", add1_completion AS "add1Completion",
            voting_opens_at AS "votingOpensAt", voting_closes_at AS "votingClosesAt" FROM budgets WHERE id = $1`,
    [budgetId],
  );
  const projects = await api.db.query(
    `SELECT id, title, cost FROM budget_projects WHERE budget_id = $1 AND feasibility = 'FEASIBLE'`,
    [budgetId],
  );
  const ballots = await api.db.query(
    `SELECT receipt, project_ids AS "projectIds", points FROM ballots WHERE budget_id = $1`,
    [budgetId],
  );
  return canonicalBallotsFile(budget, projects, ballots);
}

import { TestApi } from './test-api';
import { createUsers } from './users.factory';
import { waitFor } from './wait-for';

export const CREATE_BUDGET = `mutation($input: CreateBudgetInput!) { createBudget(input: $input) { id status tallyRule add1Completion } }`;
export const ADD_PROJECT = `mutation($input: AddBudgetProjectInput!) { addBudgetProject(input: $input) { id title cost onBallot } }`;
export const OPEN = `mutation($id: ID!) { openVoting(budgetId: $id) { id status } }`;
export const CLOSE = `mutation($id: ID!) { closeVoting(budgetId: $id) { id status } }`;
export const PUBLISH = `mutation($id: ID!) { publishResult(budgetId: $id) { id status } }`;
export const RESCHEDULE = `mutation($input: RescheduleVotingInput!) { rescheduleVoting(input: $input) { id votingClosesAt } }`;
export const RETRY = `mutation($id: ID!) { retryTally(budgetId: $id) { id status } }`;
export const FEASIBILITY = `mutation($input: SetProjectFeasibilityInput!) { setBudgetProjectFeasibility(input: $input) { id onBallot feasibility feasibilityExplanation } }`;
export const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`;
export const MY_BALLOT = `query($id: ID!) { myBallot(budgetId: $id) { receipt projectIds ranking points { projectId points } } }`;
export const BUDGET = `query($id: ID!) { budget(id: $id) {
  id status tallyError
  projects { id title cost votes }
  result { rule winners { id } totalCost ballotCount ballotsDigest computationMs comparison { rule winners { id } totalCost } }
  turnout { ballots verifiedResidents censusSize }
} }`;

export interface BudgetSetup {
  budgetId: string;
  projectIds: string[];
}

export interface BudgetOptions {
  ballotType?: 'APPROVAL' | 'KNAPSACK' | 'CUMULATIVE' | 'ORDINAL';
  totalAmount?: number;
  costs?: number[];
  opensInMs?: number;
  closesInMs?: number;
  open?: boolean;
  extra?: Record<string, unknown>;
}

/** A budget whose voting window brackets now (by default), with projects, opened through the API by staff. */
export async function createBudget(
  api: TestApi,
  staffToken: string,
  options: BudgetOptions = {},
): Promise<BudgetSetup> {
  const staff = api.gql.as(staffToken);
  const now = Date.now();
  const { createBudget: budget } = await staff.ok(CREATE_BUDGET, {
    input: {
      title: 'Budget participatif 2027',
      totalAmount: options.totalAmount ?? 1000,
      ballotType: options.ballotType ?? 'KNAPSACK',
      votingOpensAt: new Date(now + (options.opensInMs ?? -60_000)).toISOString(),
      votingClosesAt: new Date(now + (options.closesInMs ?? 3_600_000)).toISOString(),
      ...options.extra,
    },
  });
  const projectIds: string[] = [];
  for (const [i, cost] of (options.costs ?? [400, 300, 300, 200, 100]).entries()) {
    const { addBudgetProject } = await staff.ok(ADD_PROJECT, {
      input: { budgetId: budget.id, title: `Project ${i + 1}`, cost },
    });
    projectIds.push(addBudgetProject.id);
  }
  if (options.open ?? true) await staff.ok(OPEN, { id: budget.id });
  return { budgetId: budget.id, projectIds };
}

/**
 * Asks for an APPROVAL budget of 1,000 € titled `title`, voting in the future, with `extra` (a field the
 * API should refuse): the answer's first error code, its extensions as JSON, and how many budgets of
 * that title were stored.
 */
export async function createRefusedBudget(
  api: TestApi,
  staffToken: string,
  title: string,
  extra: Record<string, unknown>,
): Promise<{ code: unknown; extensions: string; stored: number }> {
  const now = Date.now();
  const { errors } = await api.gql.as(staffToken).request(CREATE_BUDGET, {
    input: {
      title,
      totalAmount: 1000,
      ballotType: 'APPROVAL',
      votingOpensAt: new Date(now + 60_000).toISOString(),
      votingClosesAt: new Date(now + 3_600_000).toISOString(),
      ...extra,
    },
  });
  const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM budgets WHERE title = $1`, [title]);
  return { code: errors?.[0].extensions?.code, extensions: JSON.stringify(errors?.[0].extensions), stored: count };
}

/**
 * Writes `count` approval ballots of `perBallot` random projects straight to
 * the database, each with its participation row (random voter keys): for
 * tallies and benchmarks that need far more ballots than HTTP tests cast.
 */
export async function seedBallots(
  db: { query(sql: string, params?: unknown[]): Promise<unknown> },
  budgetId: string,
  count: number,
  perBallot = 5,
): Promise<void> {
  // One statement: the database refuses a ballot without its participation (checked at commit).
  await db.query(
    `WITH b AS (
       INSERT INTO ballots (budget_id, receipt, project_ids)
       SELECT $1, md5(g::text || random()::text),
              (SELECT array_agg(p.id) FROM (SELECT id FROM budget_projects WHERE budget_id = $1 AND g > 0 ORDER BY random() LIMIT $3) p)
         FROM generate_series(1, $2) AS g
       RETURNING id)
     INSERT INTO budget_participations (budget_id, voter_key, ballot_id)
     SELECT $1, encode(sha256(convert_to(id::text, 'UTF8')), 'hex'), id FROM b`,
    [budgetId, count, perBallot],
  );
}

/** Adds `count` feasible projects with varied costs (SQL, for large budgets). */
export async function seedProjects(
  db: { query(sql: string, params?: unknown[]): Promise<unknown> },
  budgetId: string,
  count: number,
  maxCost: number,
): Promise<void> {
  await db.query(
    `INSERT INTO budget_projects (budget_id, title, cost) SELECT $1, 'Project ' || g, 1 + (g * 7919) % $3 FROM generate_series(1, $2) AS g`,
    [budgetId, count, maxCost],
  );
}

/**
 * A CLOSED budget of 20 projects (costs up to 100,000) with `ballots` ballots
 * of two or three projects written by SQL, many of them identical. Receipts
 * are base64url, so upper case, lower case, digits, '-' and '_' all occur: a
 * locale collation would order them unlike the canonical file.
 */
export async function seedClosedBudget(
  db: { query(sql: string, params?: unknown[]): Promise<unknown> },
  options: { ballotType: string; ballots: number; totalAmount?: number; add1Completion?: boolean },
): Promise<string> {
  const cumulative = options.ballotType === 'CUMULATIVE';
  const [budget] = (await db.query(
    `INSERT INTO budgets (title, total_amount, ballot_type, max_points, add1_completion, voting_opens_at, voting_closes_at, status, closed_at)
     VALUES ('Closed budget', $1, $2::budget_ballot_type, $3, $4, now() - interval '2 days', now() - interval '1 day', 'CLOSED', now())
     RETURNING id`,
    [options.totalAmount ?? 1_000_000, options.ballotType, cumulative ? 10 : null, options.add1Completion ?? false],
  )) as { id: string }[];
  await seedProjects(db, budget.id, 20, 100_000);
  await db.query(
    `WITH p AS (SELECT array_agg(id ORDER BY id) AS ids FROM budget_projects WHERE budget_id = $1),
          b AS (INSERT INTO ballots (budget_id, receipt, project_ids, points)
                SELECT $1, translate(left(encode(sha256(convert_to($1::text || g::text, 'UTF8')), 'base64'), 22), '+/', '-_'),
                       CASE WHEN g % 3 = 0 THEN ARRAY[p.ids[1 + g % 20], p.ids[1 + (g + 7) % 20], p.ids[1 + (g + 13) % 20]]
                            ELSE ARRAY[p.ids[1 + g % 20], p.ids[1 + (g + 5) % 20]] END,
                       CASE WHEN $3 THEN (CASE WHEN g % 3 = 0 THEN ARRAY[5, 3, 2] ELSE ARRAY[1 + g % 9, 1] END) END
                  FROM generate_series(1, $2::int) AS g, p
                RETURNING id)
     INSERT INTO budget_participations (budget_id, voter_key, ballot_id)
     SELECT $1, encode(sha256(convert_to(id::text, 'UTF8')), 'hex'), id FROM b`,
    [budget.id, options.ballots, cumulative],
  );
  return budget.id;
}

/** The budget as `token` sees it (the BUDGET document) once `check` holds: the worker's tally is asynchronous. */
export function waitForBudget(
  api: TestApi,
  token: string,
  budgetId: string,
  check: (budget: { status: string; tallyError: string | null }) => boolean,
  label = 'budget state',
): Promise<Record<string, any>> {
  return waitFor(
    async () => {
      const { budget } = await api.gql.as(token).ok(BUDGET, { id: budgetId });
      return check(budget) ? budget : undefined;
    },
    20_000,
    label,
  );
}

/** A ballot written straight to the database, with its participation (only tampering or corruption makes one). */
export async function insertStrayBallot(
  db: { query(sql: string, params?: unknown[]): Promise<unknown> },
  budgetId: string,
  projectIds: string[],
): Promise<string> {
  const [{ id }] = (await db.query(
    `WITH b AS (INSERT INTO ballots (budget_id, receipt, project_ids) VALUES ($1, 'stray-' || left(md5(random()::text), 20), $2::uuid[]) RETURNING id)
     INSERT INTO budget_participations (budget_id, voter_key, ballot_id) SELECT $1, md5(random()::text) || md5(random()::text), id FROM b
     RETURNING ballot_id AS id`,
    [budgetId, projectIds],
  )) as { id: string }[];
  return id;
}

export async function deleteBallot(
  db: { query(sql: string, params?: unknown[]): Promise<unknown> },
  ballotId: string,
): Promise<void> {
  await db.query(
    `WITH p AS (DELETE FROM budget_participations WHERE ballot_id = $1) DELETE FROM ballots WHERE id = $1`,
    [ballotId],
  );
}

/**
 * One verified resident per ballot casts it, then voting closes a second later (the delayed close job) and
 * the worker tallies: the budget is TALLIED on return.
 */
export async function voteAndTally(api: TestApi, staffToken: string, budgetId: string, ballots: string[][]) {
  const residents = await createUsers(api, ballots.length, { verified: true });
  for (const [i, resident] of residents.entries())
    await api.gql.as(resident.token).ok(CAST, { input: { budgetId, projectIds: ballots[i] } });
  await closeVotingSoon(api, staffToken, budgetId);
  await waitForBudget(api, staffToken, budgetId, (b) => b.status === 'TALLIED', 'TALLIED');
}

/**
 * Moves an open vote's close to `inMs` from now, for its scheduled job to close it. The API refuses a
 * close time already past when the request reaches it: on a loaded machine a request can take longer
 * than `inMs`, so that refusal (and only it) is met by asking again from the new now.
 */
export async function closeVotingSoon(api: TestApi, staffToken: string, budgetId: string, inMs = 1000): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const votingClosesAt = new Date(Date.now() + inMs).toISOString();
    const answer = await api.gql.as(staffToken).request(RESCHEDULE, { input: { budgetId, votingClosesAt } });
    if (!answer.errors?.length) return;
    const past = answer.errors[0].extensions?.fields as { field: string; messages: string[] }[] | undefined;
    const tooLate = past?.some((f) => f.field === 'input.votingClosesAt' && f.messages.some((m) => /future/.test(m)));
    if (!tooLate || attempt === 5) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors)}`);
  }
}

import { Client } from 'pg';
import { seedProjects } from '../../test/utils/budgets.factory';

/**
 * One published APPROVAL budget of 20 projects with `ballots` ballots of two or
 * three projects each, seeded by `generate_series`; returns its id.
 * `status` lets a second budget stay out of the ballots dataset (which exports
 * published budgets only) while its `.pb` is still measured.
 */
export async function seedBenchBudget(client: Client, ballots: number, status = 'PUBLISHED'): Promise<string> {
  const {
    rows: [budget],
  } = await client.query(
    `INSERT INTO budgets (title, total_amount, ballot_type, voting_opens_at, voting_closes_at, status, closed_at, published_at)
     VALUES ('Benchmark budget', 1000000, 'APPROVAL', now() - interval '2 days', now() - interval '1 day', $1::budget_status, now(), now())
     RETURNING id`,
    [status],
  );
  await seedProjects(client, budget.id, 20, 100_000);
  // Two or three projects per ballot, chosen arithmetically (random() per row would dominate the seeding time).
  await client.query(
    `WITH p AS (SELECT array_agg(id ORDER BY id) AS ids FROM budget_projects WHERE budget_id = $1),
          b AS (INSERT INTO ballots (budget_id, receipt, project_ids)
                SELECT $1, md5($1::text || g::text || 'receipt'),
                       CASE WHEN g % 3 = 0 THEN ARRAY[p.ids[1 + g % 20], p.ids[1 + (g + 7) % 20], p.ids[1 + (g + 13) % 20]]
                            ELSE ARRAY[p.ids[1 + g % 20], p.ids[1 + (g + 5) % 20]] END
                  FROM generate_series(1, $2::int) AS g, p
                RETURNING id)
     INSERT INTO budget_participations (budget_id, voter_key, ballot_id)
     SELECT $1, encode(sha256(convert_to(id::text, 'UTF8')), 'hex'), id FROM b`,
    [budget.id, ballots],
  );
  await client.query('VACUUM ANALYZE ballots');
  return budget.id;
}

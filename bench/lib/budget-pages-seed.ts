import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePabulib } from '@quorum/tally';
import { Pool } from 'pg';
import { PABULIB_DATA } from '../../libs/tally/test/pabulib-data';

export interface BudgetPages {
  /** KNAPSACK, 60 projects, open: the ballot page EcoIndex A is asked of. */
  ballot60: string;
  /** APPROVAL, Łódź 2022's 160 projects and its first 90,000 real ballots, open (closed and published by the bench). */
  large: string;
  largeBallots: number;
}

const CATEGORIES = ['Nature en ville', 'Mobilité', 'Sport', 'Culture', 'Solidarité', 'Éducation'];
const DESCRIPTION =
  'Le projet aménage le lieu pour tous les âges : des bancs à l’ombre, un éclairage sobre, des plantations adaptées à la chaleur et un accès sûr pour les écoliers, matin et soir.\n\nLes services de la ville ont estimé son coût avec les habitants qui l’ont proposé.';

async function districtIds(pool: Pool): Promise<string[]> {
  const { rows } = await pool.query(`SELECT id FROM districts ORDER BY name`);
  return rows.map((r: { id: string }) => r.id);
}

/** Projects by unnest: titles and costs given, categories and districts in turn, the same description. */
async function insertProjects(pool: Pool, budgetId: string, titles: string[], costs: number[]): Promise<string[]> {
  const districts = await districtIds(pool);
  const { rows } = await pool.query(
    `INSERT INTO budget_projects (budget_id, title, description, cost, category, district_id)
     SELECT $1, t, $4, c, ($5::text[])[1 + (o::int - 1) % cardinality($5::text[])],
            CASE WHEN cardinality($6::uuid[]) = 0 THEN NULL ELSE ($6::uuid[])[1 + (o::int - 1) % cardinality($6::uuid[])] END
       FROM unnest($2::text[], $3::int[]) WITH ORDINALITY AS x(t, c, o)
     RETURNING id, title`,
    [budgetId, titles, costs, DESCRIPTION, CATEGORIES, districts],
  );
  const byTitle = new Map(rows.map((r: { id: string; title: string }) => [r.title, r.id]));
  return titles.map((t) => byTitle.get(t)!);
}

/**
 * The budgets of the budget pages' lines, straight in SQL: a 60-project
 * knapsack vote open now, and Łódź 2022 (160 projects) with its first 90,000
 * real ballots (a real vote's structure: see bench:ballots), open now, each
 * ballot with its participation, 10,000 per statement.
 */
export async function seedBudgetPages(databaseUrl: string, ballots = 90_000): Promise<BudgetPages> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const open = `now() - interval '1 day', now() + interval '7 days', 'OPEN'`;
    const {
      rows: [small],
    } = await pool.query(
      `INSERT INTO budgets (title, description, total_amount, ballot_type, voting_opens_at, voting_closes_at, status)
       VALUES ('Budget des 60 projets', 'Soixante projets proposés par les habitants.', 1000000, 'KNAPSACK', ${open}) RETURNING id`,
    );
    await insertProjects(
      pool,
      small.id,
      Array.from({ length: 60 }, (_, i) => `Aménager le square n° ${i + 1} avec les riverains`),
      Array.from({ length: 60 }, (_, i) => 10_000 + ((i * 7919) % 90_000)),
    );

    const file = parsePabulib(readFileSync(join(PABULIB_DATA, 'Poland_Lodz_2022.pb'), 'utf8'));
    const {
      rows: [large],
    } = await pool.query(
      `INSERT INTO budgets (title, description, total_amount, ballot_type, voting_opens_at, voting_closes_at, status)
       VALUES ('Budget de Łódź 2022 (160 projets)', 'Les projets et les bulletins réels de Łódź 2022.', $1, 'APPROVAL', ${open}) RETURNING id`,
      [Math.ceil(Number(file.meta.budget))],
    );
    const titles = file.projects.map((p) => `${p.id} ${String(p.extra?.name ?? '').slice(0, 150)}`.trim());
    const ids = await insertProjects(
      pool,
      large.id,
      titles,
      file.projects.map((p) => Math.ceil(Number(p.cost))),
    );
    const uuidOf = new Map(file.projects.map((p, i) => [p.id, ids[i]]));
    const lines = file.votes
      .map((v) => v.projects.map((p) => uuidOf.get(p)).filter((u): u is string => !!u))
      .filter((p) => p.length > 0)
      .slice(0, ballots);
    if (lines.length < ballots) throw new Error(`Łódź 2022 has only ${lines.length} ballots`);
    for (let done = 0; done < lines.length; done += 10_000) {
      await pool.query(
        `WITH b AS (INSERT INTO ballots (budget_id, receipt, project_ids)
                    SELECT $1::uuid, md5($3 || o::text || random()::text), p::uuid[] FROM unnest($2::text[]) WITH ORDINALITY AS x(p, o) RETURNING id)
         INSERT INTO budget_participations (budget_id, voter_key, ballot_id) SELECT $1::uuid, encode(sha256(convert_to(id::text, 'UTF8')), 'hex'), id FROM b`,
        [large.id, lines.slice(done, done + 10_000).map((p) => `{${p.join(',')}}`), String(large.id)],
      );
    }
    await pool.query('ANALYZE');
    return { ballot60: small.id, large: large.id, largeBallots: lines.length };
  } finally {
    await pool.end();
  }
}

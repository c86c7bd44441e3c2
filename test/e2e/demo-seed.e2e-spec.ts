import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BudgetBallotsReader } from '@quorum/budgets';
import { cliRedis } from '../utils/cli-redis';
import { CLI, runTs } from '../utils/run-process';
import { verifyResult } from '../utils/verify-result';
import { startTestApi, TestApi } from '../utils/test-api';

/** Every table the demo seed writes to, counted, to show that a second run adds nothing. */
const TABLES = [
  'municipalities',
  'districts',
  'users',
  'census_imports',
  'census_entries',
  'residency_verifications',
  'consultations',
  'consultation_phases',
  'consultation_categories',
  'proposals',
  'proposal_supports',
  'proposal_comments',
  'proposal_answers',
  'budgets',
  'budget_projects',
  'ballots',
  'budget_results',
  'issue_reports',
  'issue_report_updates',
  'report_categories',
  'audit_entries',
  'outbox',
];

describe('demo seed (db:setup with SEED_DEMO)', () => {
  const redis = cliRedis();
  let api: TestApi;
  let env: Record<string, string>;
  const rows = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> =>
    api.db.query(sql, params);
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (t) => [t, (await rows<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0].n]),
      ),
    );

  beforeAll(async () => {
    api = await startTestApi();
    env = redis.env(api.databaseUrl, { SEED_DEMO: 'true' });
    // Seeding goes through the domain services: allow for a loaded machine.
    const setup = await runTs(CLI, ['db:setup'], env, 110_000);
    expect(setup).toMatchObject({ code: 0 });
    expect(setup.stdout).toContain('Seeded demo data');
  }, 120_000);
  afterAll(() => api?.close());

  it('verifies 30 demo residents spread over the six districts, leaving DEMO0001–0010 free', async () => {
    const [{ verified, districts }] = await rows<{ verified: number; districts: number }>(
      `SELECT count(*)::int AS verified, count(DISTINCT c.district_id)::int AS districts
         FROM residency_verifications v JOIN census_entries c ON c.id = v.census_entry_id
         JOIN users u ON u.id = v.user_id WHERE u.email LIKE 'resident%@demo.quorum.test'`,
    );
    expect({ verified, districts }).toEqual({ verified: 30, districts: 6 });
    expect((await rows(`SELECT 1 FROM census_entries`)).length).toBe(50);
  });

  it('publishes "Budget participatif 2027" with SUPPORTS open, supported proposals, comments and answers', async () => {
    const [consultation] = await rows<{ id: string; published: boolean; threshold: number }>(
      `SELECT id, published_at IS NOT NULL AS published, support_threshold AS threshold FROM consultations WHERE title = 'Budget participatif 2027'`,
    );
    expect(consultation.published).toBe(true);
    const open = await rows<{ kind: string }>(
      `SELECT kind FROM consultation_phases WHERE consultation_id = $1 AND starts_at <= now() AND now() < ends_at`,
      [consultation.id],
    );
    expect(open).toEqual([{ kind: 'SUPPORTS' }]);
    const proposals = await rows<{ support_count: number; answer_status: string | null; district_id: string | null }>(
      `SELECT support_count, answer_status, district_id FROM proposals WHERE consultation_id = $1 AND state = 'PUBLISHED'`,
      [consultation.id],
    );
    expect(proposals.length).toBeGreaterThanOrEqual(12);
    expect(proposals.filter((p) => p.support_count >= consultation.threshold)).toHaveLength(1);
    expect(new Set(proposals.map((p) => p.support_count)).size).toBeGreaterThan(5);
    expect(new Set(proposals.map((p) => p.district_id)).size).toBeGreaterThanOrEqual(6);
    expect(
      proposals
        .map((p) => p.answer_status)
        .filter(Boolean)
        .sort(),
    ).toEqual(['ACCEPTED', 'EVALUATING', 'REJECTED']);
    // Counts kept by the service agree with the rows.
    const [{ supports }] = await rows<{ supports: number }>(`SELECT count(*)::int AS supports FROM proposal_supports`);
    expect(proposals.reduce((sum, p) => sum + p.support_count, 0)).toBe(supports);
    expect((await rows(`SELECT 1 FROM proposal_comments WHERE parent_id IS NOT NULL`)).length).toBeGreaterThan(0);
  });

  it('publishes the 2026 budget: its ballots file hashes to the stored digest and recounts to the published winners', async () => {
    const [budget] = await rows<{ id: string; status: string; digest: string; ballots: number }>(
      `SELECT b.id, b.status, r.ballots_digest AS digest, r.ballot_count AS ballots
         FROM budgets b JOIN budget_results r ON r.budget_id = b.id WHERE b.title = 'Budget participatif 2026'`,
    );
    expect(budget).toMatchObject({ status: 'PUBLISHED', ballots: 26 });
    const pb = await api.app.get(BudgetBallotsReader).canonicalFile(budget.id);
    expect(createHash('sha256').update(pb).digest('hex')).toBe(budget.digest);
    const file = join(mkdtempSync(join(tmpdir(), 'demo-ballots-')), 'budget.pb');
    writeFileSync(file, pb);
    const recount = await verifyResult(file, '--api', api.url, '--budget', budget.id);
    expect(recount).toMatchObject({ stdout: 'MATCH\n', code: 0 });
  });

  it('opens a second budget for a few weeks, with the accepted proposal among its feasible projects', async () => {
    const [open] = await rows<{ id: string; closes_in_days: number }>(
      `SELECT id, (extract(epoch FROM voting_closes_at - now()) / 86400)::float8 AS closes_in_days
         FROM budgets WHERE status = 'OPEN' AND voting_opens_at <= now()`,
    );
    expect(open.closes_in_days).toBeGreaterThan(7);
    const projects = await rows<{ feasibility: string; proposal_id: string | null }>(
      `SELECT feasibility, proposal_id FROM budget_projects WHERE budget_id = $1`,
      [open.id],
    );
    expect(projects.length).toBeGreaterThanOrEqual(4);
    expect(projects.every((p) => p.feasibility === 'FEASIBLE')).toBe(true);
    expect(projects.filter((p) => p.proposal_id)).toHaveLength(1);
  });

  it('files issue reports in their districts, in several statuses, with public updates', async () => {
    const reports = await rows<{ status: string; district_id: string | null }>(
      `SELECT status, district_id FROM issue_reports`,
    );
    expect(reports.length).toBeGreaterThanOrEqual(10);
    expect(reports.every((r) => r.district_id)).toBe(true);
    expect(new Set(reports.map((r) => r.status))).toEqual(new Set(['OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'FIXED']));
    const notes = await rows(`SELECT 1 FROM issue_report_updates WHERE status = 'FIXED' AND note <> ''`);
    expect(notes.length).toBeGreaterThan(0);
    // In French, like the rest of the demo.
    const categories = await rows<{ code: string; name: string }>(
      `SELECT code, name FROM report_categories WHERE code IN ('pothole', 'street_light') ORDER BY code`,
    );
    expect(categories).toEqual([
      { code: 'pothole', name: 'Nid-de-poule' },
      { code: 'street_light', name: 'Éclairage public en panne' },
    ]);
  });

  it('keeps the audit chain whole, and a second db:setup adds no row', async () => {
    const verify = await runTs(CLI, ['audit:verify'], env);
    expect(verify).toMatchObject({ code: 0 });
    expect(verify.stdout).toMatch(/^OK: all \d+ entries match/);
    const before = await counts();
    const again = await runTs(CLI, ['db:setup'], env, 60_000);
    expect(again.stdout).toContain('Demo data already present');
    expect(await counts()).toEqual(before);
  }, 120_000);
});

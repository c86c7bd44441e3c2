import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, newestFirstPage, type EligiblePopulation } from '@quorum/common';
import { DataSource, EntityManager } from 'typeorm';
import { BudgetEntity } from '../entities/budget.entity';
import { BallotRules } from '../domain/ballot-spec';
import { BallotProject } from '../domain/ballot-spec';
import { BudgetStatus } from '../types/budget-status.enum';

/** What casting a ballot checks of its budget. */
export interface VotingBudget extends BallotRules {
  id: string;
  title: string;
  status: BudgetStatus;
  votingOpensAt: Date;
  votingClosesAt: Date;
  consultationId: string | null;
  districtId: string | null;
  population: EligiblePopulation;
  minAge: number | null;
  maxAge: number | null;
  voteGroupId: string | null;
}

/** A page of the budget list, with its filters. */
export interface BudgetListQuery {
  first: number;
  after?: string;
  status?: BudgetStatus;
  districtId?: string;
  consultationId?: string;
  /** Residents never see drafts. */
  includeDrafts: boolean;
}

/**
 * The budgets' rows beyond what TypeORM's entity repository does: locks taken
 * by casting and tallying, and status changes made only from the expected
 * status (each returns whether it happened).
 */
@Injectable()
export class BudgetRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first; the cursor is (createdAt, id). */
  page(query: BudgetListQuery): Promise<Connection<BudgetEntity>> {
    const qb = this.dataSource.getRepository(BudgetEntity).createQueryBuilder('b');
    if (!query.includeDrafts) qb.andWhere(`b.status <> 'DRAFT'`);
    if (query.status) qb.andWhere('b.status = :status', { status: query.status });
    if (query.districtId) qb.andWhere('b.district_id = :districtId', { districtId: query.districtId });
    if (query.consultationId)
      qb.andWhere('b.consultation_id = :consultationId', { consultationId: query.consultationId });
    return newestFirstPage(qb, query.first, query.after);
  }

  /**
   * The cut between casting and closing a budget, so that no ballot commits
   * after the moment the budget says it closed (`closed_at`).
   *
   * A row lock alone is not a clean cut: PostgreSQL grants a new FOR SHARE on
   * a row whose current holders share it even while a closing UPDATE waits
   * for them, so casts sent after the close kept slipping in, and the close's
   * `now()` (its transaction's start) was earlier than their commits.
   *
   * An advisory lock is a regular lock with a wait queue: a request that
   * conflicts with a waiting one waits behind it. Each cast holds this lock
   * shared for its whole transaction; the close asks for it exclusively, so
   * it is granted once every cast that came before has committed or rolled
   * back, and every cast that comes after waits for the close to commit, then
   * finds the budget CLOSED. The close reads its time (`clock_timestamp()`,
   * closeIfOpen) only once granted: every counted ballot committed before
   * `closed_at`, none after. The lock lives in memory and is released at
   * commit: it records nothing.
   */
  async lockVoting(manager: EntityManager, budgetId: string, by: 'cast' | 'close'): Promise<void> {
    const lock = by === 'cast' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
    await manager.query(`SELECT ${lock}(hashtextextended('quorum.budget-voting:' || $1, 0))`, [budgetId]);
  }

  /** Share-locked: a status change (closing, rescheduling) waits for the casts in flight. */
  async lockForVoting(manager: EntityManager, budgetId: string): Promise<VotingBudget | null> {
    const [row]: VotingBudget[] = await manager.query(
      `SELECT id, title, status, ballot_type AS "ballotType", total_amount AS "totalAmount", min_projects AS "minProjects",
              max_projects AS "maxProjects", max_points AS "maxPoints", min_spending_share AS "minSpendingShare",
              voting_opens_at AS "votingOpensAt", voting_closes_at AS "votingClosesAt", consultation_id AS "consultationId",
              district_id AS "districtId", population, min_age AS "minAge", max_age AS "maxAge",
              vote_group_id AS "voteGroupId"
         FROM budgets WHERE id = $1 FOR SHARE`,
      [budgetId],
    );
    return row ?? null;
  }

  /** The other budgets of the same vote (sharing a consultation, or all standalone ones) past their draft. */
  async othersOfVote(manager: EntityManager, budgetId: string, consultationId: string | null): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM budgets WHERE id <> $1 AND status <> 'DRAFT' AND consultation_id IS NOT DISTINCT FROM $2`,
      [budgetId, consultationId],
    );
    return rows.map((r) => r.id);
  }

  async allIds(manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM budgets`);
    return rows.map((r) => r.id);
  }

  async status(budgetId: string, manager: EntityManager = this.dataSource.manager): Promise<BudgetStatus | null> {
    const [row]: { status: BudgetStatus }[] = await manager.query(`SELECT status FROM budgets WHERE id = $1`, [
      budgetId,
    ]);
    return row?.status ?? null;
  }

  /** Locks the row until the transaction ends (a tally stores its result under it). */
  async lockStatus(manager: EntityManager, budgetId: string): Promise<BudgetStatus | null> {
    const [row]: { status: BudgetStatus }[] = await manager.query(
      `SELECT status FROM budgets WHERE id = $1 FOR UPDATE`,
      [budgetId],
    );
    return row?.status ?? null;
  }

  /** The feasible projects on the ballot, ordered by id, and whether the budget is still a draft. */
  async ballotProjects(
    manager: EntityManager,
    budgetId: string,
  ): Promise<{ projects: BallotProject[]; draft: boolean }> {
    const rows: (BallotProject & { draft: boolean })[] = await manager.query(
      `SELECT p.id, p.cost, b.status = 'DRAFT' AS draft FROM budget_projects p JOIN budgets b ON b.id = p.budget_id
        WHERE p.budget_id = $1 AND p.feasibility = 'FEASIBLE' ORDER BY p.id`,
      [budgetId],
    );
    return { projects: rows.map((r) => ({ id: r.id, cost: r.cost })), draft: rows.length === 0 || rows[0].draft };
  }

  async countFeasibleProjects(manager: EntityManager, budgetId: string): Promise<number> {
    const [{ count }]: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM budget_projects WHERE budget_id = $1 AND feasibility = 'FEASIBLE'`,
      [budgetId],
    );
    return count;
  }

  /** Under the voting lock, taken by the caller first: `closed_at` is then later than every counted ballot's commit. */
  async closeIfOpen(manager: EntityManager, budgetId: string): Promise<boolean> {
    return changed(
      await manager.query(
        `UPDATE budgets SET status = 'CLOSED', closed_at = clock_timestamp(), updated_at = now() WHERE id = $1 AND status = 'OPEN'`,
        [budgetId],
      ),
    );
  }

  async markTallied(manager: EntityManager, budgetId: string): Promise<void> {
    await manager.query(`UPDATE budgets SET status = 'TALLIED', tally_error = NULL, updated_at = now() WHERE id = $1`, [
      budgetId,
    ]);
  }

  /** Makes a failing attempt visible to staff; the budget stays CLOSED. */
  async recordTallyError(budgetId: string, message: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE budgets SET tally_error = $2, updated_at = now() WHERE id = $1 AND status = 'CLOSED'`,
      [budgetId, message],
    );
  }

  async clearTallyError(manager: EntityManager, budgetId: string): Promise<boolean> {
    return changed(
      await manager.query(
        `UPDATE budgets SET tally_error = NULL, updated_at = now() WHERE id = $1 AND status = 'CLOSED' AND tally_error IS NOT NULL`,
        [budgetId],
      ),
    );
  }

  async publishIfTallied(manager: EntityManager, budgetId: string): Promise<boolean> {
    return changed(
      await manager.query(
        `UPDATE budgets SET status = 'PUBLISHED', published_at = now(), updated_at = now() WHERE id = $1 AND status = 'TALLIED' RETURNING id`,
        [budgetId],
      ),
    );
  }
}

/** pg answers an UPDATE through TypeORM's query() with [rows, affected count]. */
function changed([, count]: [unknown[], number]): boolean {
  return count > 0;
}

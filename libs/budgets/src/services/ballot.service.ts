import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundException } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { AuditLog } from '@quorum/audit';
import { ResidencyService } from '@quorum/identity';
import type { Ballot } from '@quorum/tally';
import { DataSource, EntityManager } from 'typeorm';
import { budgetErrors } from '../errors/budget.exception';
import { BallotType } from '../types/ballot-type.enum';
import { BudgetStatus } from '../types/budget-status.enum';
import { BallotChoice, toBallot } from './ballot-content';
import { ballotContentHash, canonicalBallotLine } from './ballot-line';
import { ballotSpecOf, ballotViolations, BallotRules } from './ballot-spec';
import { BallotProjects } from './ballot-projects';
import { isUuid } from './is-uuid';
import { VoterKey } from './voter-key';

export interface CastBallotCommand extends BallotChoice {
  budgetId: string;
  userId: string;
}

export interface StoredBallot {
  receipt: string;
  projectIds: string[];
  points: number[] | null;
  ballotType: BallotType;
}

interface VotingBudget extends BallotRules {
  id: string;
  status: BudgetStatus;
  votingOpensAt: Date;
  votingClosesAt: Date;
  consultationId: string | null;
  districtId: string | null;
}

/**
 * Casting is one transaction: the budget row is share-locked (closing takes
 * it exclusively, so no ballot slips in after a close commits), the new ballot
 * is inserted, then the participation row is inserted or locked, and a
 * replaced ballot deleted. The participation primary key makes concurrent
 * casts by one resident queue behind each other, leaving exactly one ballot.
 */
@Injectable()
export class BallotService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly voterKey: VoterKey,
    private readonly ballotProjects: BallotProjects,
    private readonly audit: AuditLog,
    private readonly residency: ResidencyService,
  ) {}

  async cast(command: CastBallotCommand): Promise<{ receipt: string }> {
    if (!isUuid(command.budgetId)) throw new NotFoundException('Budget', command.budgetId);
    return this.dataSource.transaction(async (manager) => {
      const budget = await this.lockBudget(manager, command.budgetId);
      assertVotingOpen(budget, new Date());
      if (budget.districtId) await this.assertLivesIn(manager, budget.districtId, command.userId);
      const ballot = toBallot(budget.ballotType, command);
      const projects = await this.ballotProjects.of(budget.id, manager);
      const violations = ballotViolations(ballotSpecOf(budget, projects), budget, ballot);
      if (violations.length > 0) throw budgetErrors.invalidBallot(violations);
      if (this.config.budgets.votingWorkflow === 'one')
        await this.assertNotVotedElsewhere(manager, budget, command.userId);
      const stored = await this.store(manager, budget.id, this.voterKey.of(budget.id, command.userId), ballot);
      await this.recordCast(manager, budget, stored.receipt, ballot);
      return stored;
    });
  }

  /** The resident's current ballot, or null if they have not voted. */
  async mine(budgetId: string, userId: string): Promise<StoredBallot | null> {
    if (!isUuid(budgetId)) throw new NotFoundException('Budget', budgetId);
    const rows: { receipt: string; project_ids: string[]; points: number[] | null; ballot_type: BallotType }[] =
      await this.dataSource.query(
        `SELECT b.receipt, b.project_ids, b.points, g.ballot_type
         FROM budget_participations p JOIN ballots b ON b.id = p.ballot_id JOIN budgets g ON g.id = p.budget_id
        WHERE p.budget_id = $1 AND p.voter_key = $2`,
        [budgetId, this.voterKey.of(budgetId, userId)],
      );
    const row = rows[0];
    return row
      ? { receipt: row.receipt, projectIds: row.project_ids, points: row.points, ballotType: row.ballot_type }
      : null;
  }

  private async lockBudget(manager: EntityManager, budgetId: string): Promise<VotingBudget> {
    const rows: VotingBudget[] = await manager.query(
      `SELECT id, status, ballot_type AS "ballotType", total_amount AS "totalAmount", min_projects AS "minProjects",
              max_projects AS "maxProjects", max_points AS "maxPoints", min_spending_share AS "minSpendingShare",
              voting_opens_at AS "votingOpensAt", voting_closes_at AS "votingClosesAt", consultation_id AS "consultationId",
              district_id AS "districtId"
         FROM budgets WHERE id = $1 FOR SHARE`,
      [budgetId],
    );
    if (!rows[0]) throw new NotFoundException('Budget', budgetId);
    return rows[0];
  }

  /** A district's budget is voted by its residents only (census district, or the one staff checked in person). */
  private async assertLivesIn(manager: EntityManager, districtId: string, userId: string): Promise<void> {
    if ((await this.residency.districtOf(manager, userId)) !== districtId) throw budgetErrors.wrongDistrict();
  }

  /**
   * Decidim's "one" workflow: a resident holds a ballot in at most one budget
   * of a vote (budgets sharing a consultation, or all standalone ones). The
   * advisory lock serialises one resident's casts across budgets; it lives in
   * memory only, so it records nothing.
   */
  private async assertNotVotedElsewhere(manager: EntityManager, budget: VotingBudget, userId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `ballot-workflow:${this.voterKey.of('one', userId)}`,
    ]);
    const others: { id: string }[] = await manager.query(
      `SELECT id FROM budgets WHERE id <> $1 AND status <> 'DRAFT' AND consultation_id IS NOT DISTINCT FROM $2`,
      [budget.id, budget.consultationId],
    );
    if (others.length === 0) return;
    const found = await manager.query(
      `SELECT 1 FROM budget_participations p JOIN unnest($1::uuid[], $2::text[]) AS k(budget_id, voter_key)
          ON p.budget_id = k.budget_id AND p.voter_key = k.voter_key LIMIT 1`,
      [others.map((o) => o.id), others.map((o) => this.voterKey.of(o.id, userId))],
    );
    if (found.length > 0) throw budgetErrors.alreadyVotedElsewhere();
  }

  /**
   * Last in the transaction, to hold the audit lock briefly. Never the voter:
   * the actor is an anonymous resident, and the content is only a hash of the
   * ballot's canonical line (which the published file shows against the receipt).
   */
  private async recordCast(
    manager: EntityManager,
    budget: VotingBudget,
    receipt: string,
    ballot: Ballot,
  ): Promise<void> {
    const line = canonicalBallotLine(budget.ballotType, {
      receipt,
      projectIds: ballot.projects,
      points: ballot.points ?? null,
    });
    await this.audit.append(manager, {
      actor: { kind: 'RESIDENT', id: null },
      action: 'ballot.cast',
      subjectType: 'budget',
      subjectId: budget.id,
      isPublic: false,
      payload: { receipt, contentSha256: ballotContentHash(line) },
    });
  }

  private async store(
    manager: EntityManager,
    budgetId: string,
    voterKey: string,
    ballot: Ballot,
  ): Promise<{ receipt: string }> {
    const receipt = randomBytes(16).toString('base64url');
    // One round trip: insert the ballot, then insert the participation or lock
    // the existing one, returning the ballot it pointed to before.
    const [{ previous, id }] = await manager.query(
      `WITH b AS (INSERT INTO ballots (budget_id, receipt, project_ids, points) VALUES ($1, $3, $4::uuid[], $5::int[]) RETURNING id)
       INSERT INTO budget_participations (budget_id, voter_key, ballot_id) SELECT $1, $2, b.id FROM b
       ON CONFLICT (budget_id, voter_key) DO UPDATE SET ballot_id = budget_participations.ballot_id
       RETURNING ballot_id AS previous, (SELECT b.id FROM b) AS id`,
      [budgetId, voterKey, receipt, ballot.projects, ballot.points ?? null],
    );
    if (previous !== id) {
      await manager.query(
        `WITH swap AS (UPDATE budget_participations SET ballot_id = $3 WHERE budget_id = $1 AND voter_key = $2)
         DELETE FROM ballots WHERE id = $4`,
        [budgetId, voterKey, id, previous],
      );
    }
    return { receipt };
  }
}

function assertVotingOpen(budget: VotingBudget, now: Date): void {
  if (budget.status !== BudgetStatus.OPEN) throw budgetErrors.ballotClosed(`the budget is ${budget.status}`);
  if (now < budget.votingOpensAt)
    throw budgetErrors.ballotClosed(`voting opens at ${budget.votingOpensAt.toISOString()}`);
  if (now >= budget.votingClosesAt)
    throw budgetErrors.ballotClosed(`voting closed at ${budget.votingClosesAt.toISOString()}`);
}

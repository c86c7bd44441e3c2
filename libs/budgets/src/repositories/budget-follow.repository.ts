import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface OpenedVotingRow {
  budgetId: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  userIds: string[];
}

/** The SQL of `budget_follows`: who follows which budget. */
@Injectable()
export class BudgetFollowRepository {
  /** Following twice is a no-op. */
  async follow(manager: EntityManager, budgetId: string, userId: string): Promise<void> {
    await manager.query(
      `INSERT INTO budget_follows (budget_id, user_id) VALUES ($1, $2) ON CONFLICT (budget_id, user_id) DO NOTHING`,
      [budgetId, userId],
    );
  }

  async unfollow(manager: EntityManager, budgetId: string, userId: string): Promise<void> {
    await manager.query(`DELETE FROM budget_follows WHERE budget_id = $1 AND user_id = $2`, [budgetId, userId]);
  }

  /** Open budgets whose vote opened in `(since, until]` and is still on, with their followers. */
  votingOpenedBetween(manager: EntityManager, since: Date, until: Date): Promise<OpenedVotingRow[]> {
    return manager.query(
      `SELECT b.id AS "budgetId", b.title, b.voting_opens_at AS "opensAt", b.voting_closes_at AS "closesAt",
              array_agg(f.user_id ORDER BY f.user_id)::text[] AS "userIds"
         FROM budgets b JOIN budget_follows f ON f.budget_id = b.id
        WHERE b.status = 'OPEN' AND b.voting_opens_at > $1 AND b.voting_opens_at <= $2 AND b.voting_closes_at > $2
        GROUP BY b.id
        ORDER BY b.voting_opens_at, b.id`,
      [since, until],
    );
  }

  async followers(manager: EntityManager, budgetId: string): Promise<string[]> {
    const rows: { userId: string }[] = await manager.query(
      `SELECT user_id AS "userId" FROM budget_follows WHERE budget_id = $1 ORDER BY user_id`,
      [budgetId],
    );
    return rows.map((r) => r.userId);
  }

  /** For the resident's data export. */
  async ofUser(manager: EntityManager, userId: string): Promise<{ budgetId: string; followedAt: Date }[]> {
    return manager.query(
      `SELECT budget_id AS "budgetId", created_at AS "followedAt" FROM budget_follows WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
  }

  async deleteOfUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM budget_follows WHERE user_id = $1`, [userId]);
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

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

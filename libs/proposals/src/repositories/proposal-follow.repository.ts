import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The SQL of `proposal_follows`: who follows which proposal. */
@Injectable()
export class ProposalFollowRepository {
  /** Following twice is a no-op. */
  async follow(manager: EntityManager, proposalId: string, userId: string): Promise<void> {
    await manager.query(
      `INSERT INTO proposal_follows (proposal_id, user_id) VALUES ($1, $2) ON CONFLICT (proposal_id, user_id) DO NOTHING`,
      [proposalId, userId],
    );
  }

  async unfollow(manager: EntityManager, proposalId: string, userId: string): Promise<void> {
    await manager.query(`DELETE FROM proposal_follows WHERE proposal_id = $1 AND user_id = $2`, [proposalId, userId]);
  }

  async followers(manager: EntityManager, proposalId: string): Promise<string[]> {
    const rows: { userId: string }[] = await manager.query(
      `SELECT user_id AS "userId" FROM proposal_follows WHERE proposal_id = $1 ORDER BY user_id`,
      [proposalId],
    );
    return rows.map((r) => r.userId);
  }

  /** For the resident's data export. */
  async ofUser(manager: EntityManager, userId: string): Promise<{ proposalId: string; followedAt: Date }[]> {
    return manager.query(
      `SELECT proposal_id AS "proposalId", created_at AS "followedAt" FROM proposal_follows
        WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
  }

  async deleteOfUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM proposal_follows WHERE user_id = $1`, [userId]);
  }
}

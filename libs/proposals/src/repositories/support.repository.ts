import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Support rows and the count kept on their proposal, changed together in the caller's transaction. */
@Injectable()
export class SupportRepository {
  async exists(manager: EntityManager, proposalId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM proposal_supports WHERE proposal_id = $1 AND user_id = $2`,
      [proposalId, userId],
    );
    return rows.length > 0;
  }

  async insert(manager: EntityManager, proposalId: string, userId: string): Promise<void> {
    await manager.query(`INSERT INTO proposal_supports (proposal_id, user_id) VALUES ($1, $2)`, [proposalId, userId]);
  }

  /** Whether there was a support to delete. */
  async delete(manager: EntityManager, proposalId: string, userId: string): Promise<boolean> {
    const [deleted]: [unknown[], number] = await manager.query(
      `DELETE FROM proposal_supports WHERE proposal_id = $1 AND user_id = $2 RETURNING id`,
      [proposalId, userId],
    );
    return deleted.length > 0;
  }

  /**
   * Counts one more support, provided the proposal can still be supported
   * (checked under the row lock: a rejection or hiding may have committed
   * since the caller read it). Returns whether it could.
   */
  async countSupportIfSupportable(manager: EntityManager, proposalId: string): Promise<boolean> {
    const [updated]: [unknown[], number] = await manager.query(
      `UPDATE proposals SET support_count = support_count + 1
        WHERE id = $1 AND state = 'PUBLISHED' AND hidden_at IS NULL AND answer_status IS DISTINCT FROM 'REJECTED'
        RETURNING id`,
      [proposalId],
    );
    return updated.length > 0;
  }

  async uncountSupport(manager: EntityManager, proposalId: string): Promise<void> {
    await manager.query(`UPDATE proposals SET support_count = support_count - 1 WHERE id = $1`, [proposalId]);
  }
}

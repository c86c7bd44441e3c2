import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** One row per resident and consultation: what the per-resident limits count. */
@Injectable()
export class ParticipantRepository {
  /**
   * Locks the resident's row for this consultation until the transaction ends,
   * creating it on first use. Every write that a per-resident limit governs
   * (supports, submissions) takes it first, so one resident's concurrent
   * requests run one after the other and see each other's effects.
   * Returns the supports the resident has given in the consultation.
   */
  async lock(manager: EntityManager, consultationId: string, userId: string): Promise<number> {
    await manager.query(
      `INSERT INTO consultation_participants (consultation_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [consultationId, userId],
    );
    const [row]: { supports_used: number }[] = await manager.query(
      `SELECT supports_used FROM consultation_participants WHERE consultation_id = $1 AND user_id = $2 FOR UPDATE`,
      [consultationId, userId],
    );
    return row.supports_used;
  }

  async addSupportsUsed(manager: EntityManager, consultationId: string, userId: string, delta: number): Promise<void> {
    await manager.query(
      `UPDATE consultation_participants SET supports_used = supports_used + $3 WHERE consultation_id = $1 AND user_id = $2`,
      [consultationId, userId, delta],
    );
  }
}

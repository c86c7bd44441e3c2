import { EntityManager } from 'typeorm';

/**
 * Locks the resident's row for this consultation until the transaction ends,
 * creating it on first use. Every write that a per-resident limit governs
 * (supports, submissions) takes it first, so one resident's concurrent
 * requests run one after the other and see each other's effects.
 * Returns the supports the resident has given in the consultation.
 */
export async function lockParticipant(manager: EntityManager, consultationId: string, userId: string): Promise<number> {
  await manager.query(
    `INSERT INTO consultation_participants (consultation_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
    [consultationId, userId],
  );
  const [row] = await manager.query(
    `SELECT supports_used FROM consultation_participants WHERE consultation_id = $1 AND user_id = $2 FOR UPDATE`,
    [consultationId, userId],
  );
  return row.supports_used as number;
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailDeliveryStatus } from '../entities/mail-delivery.entity';

/** The SQL of the sent log (`mail_deliveries`). */
@Injectable()
export class MailDeliveryRepository {
  /**
   * Serialises the sends to one recipient until `manager`'s transaction ends,
   * so that two jobs for one event cannot both see it unsent, nor two messages
   * both pass the hourly limit with one place left.
   */
  async lockRecipient(manager: EntityManager, recipientHash: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('mail:' || $1, 0))`, [recipientHash]);
  }

  async exists(manager: EntityManager, eventKey: string, recipientHash: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM mail_deliveries WHERE event_key = $1 AND recipient_hash = $2`,
      [eventKey, recipientHash],
    );
    return rows.length > 0;
  }

  /** Messages sent to the recipient in the last hour. */
  async sentInLastHour(manager: EntityManager, recipientHash: string): Promise<number> {
    const [row]: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM mail_deliveries
        WHERE recipient_hash = $1 AND status = 'SENT' AND created_at > now() - interval '1 hour'`,
      [recipientHash],
    );
    return row.count;
  }

  async record(
    manager: EntityManager,
    row: { eventKey: string; recipientHash: string; template: string; status: MailDeliveryStatus },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO mail_deliveries (event_key, recipient_hash, template, status) VALUES ($1, $2, $3, $4)`,
      [row.eventKey, row.recipientHash, row.template, row.status],
    );
  }

  /** The retention purge: rows older than `days`; how many were deleted. */
  async purgeOlderThan(manager: EntityManager, days: number): Promise<number> {
    const [, affected]: [unknown, number] = await manager.query(
      `DELETE FROM mail_deliveries WHERE created_at < now() - make_interval(days => $1)`,
      [days],
    );
    return affected;
  }

  /** For the resident's data export: what was sent to the address, without content. */
  ofRecipient(manager: EntityManager, recipientHash: string): Promise<Record<string, unknown>[]> {
    return manager.query(
      `SELECT template, status, created_at AS "at" FROM mail_deliveries WHERE recipient_hash = $1 ORDER BY created_at, id`,
      [recipientHash],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The kind recorded for an address that bounced or complained: nothing more to it but a password reset. */
export const SUPPRESS_ALL = 'all';

/** The SQL of `mail_suppressions`: the kinds each address asked not to receive. */
@Injectable()
export class MailSuppressionRepository {
  /** Twice is a no-op. */
  async suppress(manager: EntityManager, recipientHash: string, kind: string): Promise<void> {
    await manager.query(
      `INSERT INTO mail_suppressions (recipient_hash, kind) VALUES ($1, $2) ON CONFLICT (recipient_hash, kind) DO NOTHING`,
      [recipientHash, kind],
    );
  }

  /** The preferences page's "receive it again"; a no-op if it was not suppressed. */
  async unsuppress(manager: EntityManager, recipientHash: string, kind: string): Promise<void> {
    await manager.query(`DELETE FROM mail_suppressions WHERE recipient_hash = $1 AND kind = $2`, [recipientHash, kind]);
  }

  /** The kinds the address stopped, `all` included. */
  async kindsOf(manager: EntityManager, recipientHash: string): Promise<string[]> {
    const rows: { kind: string }[] = await manager.query(
      `SELECT kind FROM mail_suppressions WHERE recipient_hash = $1`,
      [recipientHash],
    );
    return rows.map((row) => row.kind);
  }

  /** Whether any of `kinds` is suppressed for the address. */
  async isSuppressed(manager: EntityManager, recipientHash: string, kinds: string[]): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM mail_suppressions WHERE recipient_hash = $1 AND kind = ANY($2::text[])`,
      [recipientHash, kinds],
    );
    return rows.length > 0;
  }

  /** For the resident's data export. */
  ofRecipient(manager: EntityManager, recipientHash: string): Promise<Record<string, unknown>[]> {
    return manager.query(
      `SELECT kind, created_at AS "since" FROM mail_suppressions WHERE recipient_hash = $1 ORDER BY created_at, kind`,
      [recipientHash],
    );
  }
}

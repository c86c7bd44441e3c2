import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountTokenPurpose } from '../entities/account-token.entity';

/** The SQL of `account_tokens`. */
@Injectable()
export class AccountTokenRepository {
  async insert(
    manager: EntityManager,
    row: { userId: string; purpose: AccountTokenPurpose; tokenHash: string; ttlSeconds: number },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO account_tokens (user_id, purpose, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
      [row.userId, row.purpose, row.tokenHash, row.ttlSeconds],
    );
  }

  /**
   * Marks the token used and returns its account, if it is of this purpose,
   * unused and unexpired; the row lock makes two concurrent uses succeed once.
   */
  async consume(manager: EntityManager, tokenHash: string, purpose: AccountTokenPurpose): Promise<string | null> {
    // pg answers an UPDATE through TypeORM's query() with [rows, affected count].
    const [[row]]: [{ userId: string }[], number] = await manager.query(
      `UPDATE account_tokens SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id AS "userId"`,
      [tokenHash, purpose],
    );
    return row?.userId ?? null;
  }

  /** Withdraws the account's other unused tokens of this purpose (a new one supersedes them). */
  async revokeUnused(manager: EntityManager, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    await manager.query(
      `UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { Role } from '@quorum/access';
import { EntityManager } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

/** An account with whether its holder verified their residency. */
export interface UserWithStatus {
  user: UserEntity;
  verified: boolean;
}

@Injectable()
export class AccountRepository {
  /** What the right-of-access archive shows of the account (never the password hash). */
  async accountForArchive(manager: EntityManager, userId: string): Promise<Record<string, unknown>[]> {
    return manager.query(
      `SELECT id, coalesce(email, claimed_email) AS email, email_confirmed_at AS "emailConfirmedAt", locale,
              display_name AS "displayName", role, created_at AS "createdAt", blocked_at AS "blockedAt"
         FROM users WHERE id = $1`,
      [userId],
    );
  }

  /** The account (not erased) with its verification status, in one query; null when missing or erased. */
  async liveWithStatus(manager: EntityManager, by: { id: string } | { email: string }): Promise<UserWithStatus | null> {
    const condition = 'id' in by ? 'u.id = :id' : 'u.email = :email';
    const row = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('(v.id IS NOT NULL)', 'verified')
      .leftJoin('residency_verifications', 'v', 'v.user_id = u.id')
      .where(`${condition} AND u.erased_at IS NULL`, by)
      .getRawAndEntities();
    const user = row.entities[0];
    return user ? { user, verified: row.raw[0].verified === true } : null;
  }

  /** Locks the account (not erased) until the transaction ends; null when missing or erased. */
  lockLive(manager: EntityManager, userId: string): Promise<UserEntity | null> {
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .where('u.id = :userId AND u.erased_at IS NULL', { userId })
      .getOne();
  }

  /** Blocks a resident account (keeping the first date if already blocked); false if no resident has this id. */
  async blockResident(manager: EntityManager, userId: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ blockedAt: () => 'coalesce(blocked_at, now())' })
      .where('id = :userId AND role = :role', { userId, role: Role.RESIDENT })
      .execute();
    return !!result.affected;
  }

  /** A resident's account for a new address; null when another account already uses it (nothing inserted). */
  async insertResident(manager: EntityManager, row: NewAccountRow): Promise<string | null> {
    const [inserted]: { id: string }[] = await manager.query(
      `INSERT INTO users (email, password_hash, display_name, locale) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) WHERE email IS NOT NULL DO NOTHING RETURNING id`,
      [row.email, row.passwordHash, row.displayName, row.locale],
    );
    return inserted?.id ?? null;
  }

  /** The account of a sign-up whose address was taken: the address kept aside, never confirmable. */
  async insertClaimant(manager: EntityManager, row: NewAccountRow): Promise<string> {
    const [inserted]: { id: string }[] = await manager.query(
      `INSERT INTO users (claimed_email, password_hash, display_name, locale) VALUES ($1, $2, $3, $4) RETURNING id`,
      [row.email, row.passwordHash, row.displayName, row.locale],
    );
    return inserted.id;
  }

  /** The account using `email`, if any. */
  async idByEmail(manager: EntityManager, email: string): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(`SELECT id FROM users WHERE email = $1`, [email]);
    return row?.id ?? null;
  }

  /** Where an account's messages go: its own address (never a claimed one), name, language and whether it is confirmed. */
  async mailRecipient(
    manager: EntityManager,
    userId: string,
  ): Promise<{ address: string; displayName: string; locale: string; confirmed: boolean } | null> {
    const [row]: { address: string; displayName: string; locale: string; confirmed: boolean }[] = await manager.query(
      `SELECT email AS address, display_name AS "displayName", locale, email_confirmed_at IS NOT NULL AS confirmed
         FROM users WHERE id = $1 AND email IS NOT NULL AND erased_at IS NULL`,
      [userId],
    );
    return row ?? null;
  }

  /** The staff digest's recipients: STAFF and ADMIN accounts with a confirmed address, not erased. */
  async staffWithAddress(manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM users WHERE role IN ('STAFF', 'ADMIN') AND email IS NOT NULL AND email_confirmed_at IS NOT NULL
          AND erased_at IS NULL ORDER BY created_at, id`,
    );
    return rows.map((row) => row.id);
  }

  /** The newest account that claimed `email` (a sign-up with a taken address), for sign-in. */
  async latestClaimantId(email: string, manager: EntityManager): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      `SELECT id FROM users WHERE claimed_email = $1 AND erased_at IS NULL ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    return row?.id ?? null;
  }

  /** The account using `email` that may reset its password (neither blocked nor erased), if any. */
  async resettableIdByEmail(manager: EntityManager, email: string): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      `SELECT id FROM users WHERE email = $1 AND blocked_at IS NULL AND erased_at IS NULL`,
      [email],
    );
    return row?.id ?? null;
  }

  /** Locks the account for a password change and returns what the password policy compares with. */
  async lockForPasswordChange(
    manager: EntityManager,
    userId: string,
  ): Promise<{ email: string; displayName: string; blocked: boolean } | null> {
    const [row]: { email: string; displayName: string; blocked: boolean }[] = await manager.query(
      `SELECT email, display_name AS "displayName", blocked_at IS NOT NULL AS blocked
         FROM users WHERE id = $1 AND email IS NOT NULL AND erased_at IS NULL FOR UPDATE`,
      [userId],
    );
    return row ?? null;
  }

  /** A new password: it ends every token signed before (`password_changed_at`), and, reached through the address, confirms it. */
  async setPassword(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.query(
      `UPDATE users SET password_hash = $2, password_changed_at = clock_timestamp(),
              email_confirmed_at = coalesce(email_confirmed_at, now()), updated_at = now()
        WHERE id = $1`,
      [userId, passwordHash],
    );
  }

  /** Confirms the account's address; false if it was already confirmed or has none to confirm. */
  async confirmEmail(manager: EntityManager, userId: string): Promise<boolean> {
    const [, count]: [unknown[], number] = await manager.query(
      `UPDATE users SET email_confirmed_at = now() WHERE id = $1 AND email IS NOT NULL AND email_confirmed_at IS NULL`,
      [userId],
    );
    return count > 0;
  }
}

export interface NewAccountRow {
  email: string;
  passwordHash: string;
  displayName: string;
  locale: string;
}

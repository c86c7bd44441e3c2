import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface SessionRow {
  id: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

const COLUMNS = `id, user_id AS "userId", created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt"`;

/** SQL of the sessions table. */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(row: { tokenHash: string; userId: string; now: Date; expiresAt: Date }): Promise<SessionRow> {
    const [created] = await this.dataSource.query<SessionRow[]>(
      `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at)
       VALUES ($1, $2, $3, $3, $4) RETURNING ${COLUMNS}`,
      [row.tokenHash, row.userId, row.now, row.expiresAt],
    );
    return created;
  }

  /** The live session with this token hash; expired ones are not returned. */
  async findLive(tokenHash: string, now: Date): Promise<SessionRow | null> {
    const [row] = await this.dataSource.query<SessionRow[]>(
      `SELECT ${COLUMNS} FROM sessions WHERE token_hash = $1 AND expires_at > $2`,
      [tokenHash, now],
    );
    return row ?? null;
  }

  async touch(id: string, now: Date, expiresAt: Date): Promise<void> {
    await this.dataSource.query(`UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE id = $1`, [
      id,
      now,
      expiresAt,
    ]);
  }

  async deleteByTokenHash(tokenHash: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sessions WHERE token_hash = $1`, [tokenHash]);
  }

  /** Every session of the account but the one kept (null: all of them). */
  async deleteForUser(userId: string, keepId: string | null, manager?: EntityManager): Promise<number> {
    const result: [unknown[], number] = await (manager ?? this.dataSource).query(
      `DELETE FROM sessions WHERE user_id = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [userId, keepId],
    );
    return result[1];
  }

  /** Every session of the account, in the caller's transaction (a password reset). */
  async deleteAllForUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
  }

  async deleteExpired(now: Date): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(`DELETE FROM sessions WHERE expires_at <= $1`, [
      now,
    ]);
    return result[1];
  }

  /** What the right-of-access archive shows of the website's sessions (no token hash). */
  async sessionsForArchive(manager: EntityManager, userId: string): Promise<Record<string, unknown>[]> {
    return manager.query(
      `SELECT created_at AS "signedInAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt"
         FROM sessions WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
  }
}

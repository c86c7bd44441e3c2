import { EntityManager } from 'typeorm';

/**
 * The SQL of a follow table: one row per account and followed thing (`column` and `user_id`, unique together,
 * with `created_at`). Each domain's repository extends it naming its own table, so the domain still writes
 * only its own table; what differs (which openings to announce) stays in that repository.
 */
export abstract class FollowTableRepository<Key extends string> {
  /** `key` names the followed thing's id in the data export's rows. */
  protected constructor(
    private readonly table: string,
    private readonly column: string,
    private readonly key: Key,
  ) {}

  /** Following twice is a no-op. */
  async follow(manager: EntityManager, followedId: string, userId: string): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.table} (${this.column}, user_id) VALUES ($1, $2) ON CONFLICT (${this.column}, user_id) DO NOTHING`,
      [followedId, userId],
    );
  }

  async unfollow(manager: EntityManager, followedId: string, userId: string): Promise<void> {
    await manager.query(`DELETE FROM ${this.table} WHERE ${this.column} = $1 AND user_id = $2`, [followedId, userId]);
  }

  async followers(manager: EntityManager, followedId: string): Promise<string[]> {
    const rows: { userId: string }[] = await manager.query(
      `SELECT user_id AS "userId" FROM ${this.table} WHERE ${this.column} = $1 ORDER BY user_id`,
      [followedId],
    );
    return rows.map((r) => r.userId);
  }

  /** For the resident's data export. */
  ofUser(manager: EntityManager, userId: string): Promise<(Record<Key, string> & { followedAt: Date })[]> {
    return manager.query(
      `SELECT ${this.column} AS "${this.key}", created_at AS "followedAt" FROM ${this.table}
        WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
  }

  async deleteOfUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM ${this.table} WHERE user_id = $1`, [userId]);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PUBLIC_TRACKED_ITEM_SQL } from './tracked-item-visibility';

export interface NotificationRow {
  itemTitle: string;
  id: string;
  trackedItemId: string;
  body: string;
  occurredOn: string;
  status: string;
  progressPercent: number;
  createdAt: Date;
}

/** Who follows which item; the followers' notifications are the updates written since they followed. */
@Injectable()
export class FollowerRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async follow(userId: string, itemId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO tracked_item_followers (tracked_item_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [itemId, userId],
    );
  }

  async unfollow(userId: string, itemId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM tracked_item_followers WHERE tracked_item_id = $1 AND user_id = $2`, [
      itemId,
      userId,
    ]);
  }

  /** Of `itemIds`, those `userId` follows. */
  async followed(userId: string, itemIds: readonly string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT tracked_item_id AS id FROM tracked_item_followers WHERE user_id = $1 AND tracked_item_id = ANY($2::uuid[])`,
      [userId, itemIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Who follows the item while it is public, in the caller's transaction (its news is queued there). */
  async followersOfPublic(manager: EntityManager, itemId: string): Promise<string[]> {
    const rows: { userId: string }[] = await manager.query(
      `SELECT f.user_id AS "userId" FROM tracked_item_followers f JOIN tracked_items t ON t.id = f.tracked_item_id
        WHERE f.tracked_item_id = $1 AND ${PUBLIC_TRACKED_ITEM_SQL.where} ORDER BY f.created_at, f.user_id`,
      [itemId],
    );
    return rows.map((r) => r.userId);
  }

  /** Newest first. */
  notifications(userId: string, limit: number): Promise<NotificationRow[]> {
    return this.dataSource.query(
      `SELECT t.title AS "itemTitle", u.id, u.tracked_item_id AS "trackedItemId", u.body, u.occurred_on::text AS "occurredOn",
              u.status, u.progress_percent AS "progressPercent", u.created_at AS "createdAt"
         FROM tracked_item_followers f
         JOIN tracked_item_updates u ON u.tracked_item_id = f.tracked_item_id AND u.created_at >= f.created_at
         JOIN tracked_items t ON t.id = f.tracked_item_id
        WHERE f.user_id = $1 AND ${PUBLIC_TRACKED_ITEM_SQL.where}
        ORDER BY u.created_at DESC, u.id DESC
        LIMIT $2`,
      [userId, limit],
    );
  }

  /** The items an account follows, for its data archive. */
  archive(manager: EntityManager, userId: string): Promise<Record<string, unknown>[]> {
    return manager.query(
      `SELECT t.id AS tracked_item_id, t.title, f.created_at AS followed_at
         FROM tracked_item_followers f JOIN tracked_items t ON t.id = f.tracked_item_id
        WHERE f.user_id = $1 ORDER BY f.created_at`,
      [userId],
    );
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM tracked_item_followers WHERE user_id = $1`, [userId]);
  }
}

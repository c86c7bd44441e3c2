import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DataExportStatus } from '../types/data-export-status.enum';

/**
 * The data_exports rows beyond TypeORM's entity repository. Two reads touch
 * identity's `users` table (privacy sits below identity in the layers and
 * writes nothing there): whether the account is still there, and a lock on
 * its row that serialises one resident's requests.
 */
@Injectable()
export class DataExportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Until the transaction ends, one request per resident at a time. */
  async lockRequester(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [userId]);
  }

  /** False when the account is gone or erased: its archive is not built. */
  async accountActive(userId: string): Promise<boolean> {
    const [user]: { erased_at: Date | null }[] = await this.dataSource.query(
      `SELECT erased_at FROM users WHERE id = $1`,
      [userId],
    );
    return !!user && !user.erased_at;
  }

  /** Ready archives past their expiry. */
  async expiredIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM data_exports WHERE status = $1 AND expires_at <= now()`,
      [DataExportStatus.READY],
    );
    return rows.map((r) => r.id);
  }

  async markExpired(ids: string[]): Promise<void> {
    await this.dataSource.query(`UPDATE data_exports SET status = $2 WHERE id = ANY($1) AND status = $3`, [
      ids,
      DataExportStatus.EXPIRED,
      DataExportStatus.READY,
    ]);
  }

  /** Deletes the resident's requests; returns their ids (whose files go too). */
  async deleteOf(manager: EntityManager, userId: string): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `DELETE FROM data_exports WHERE user_id = $1 RETURNING id`,
      [userId],
    );
    return rows.map((r) => r.id);
  }
}

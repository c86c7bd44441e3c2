import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClientBase } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { OUTBOX_CHANNEL } from './outbox-channel';

/** A row waiting to become a BullMQ job. */
export interface PendingOutboxRow {
  id: string;
  jobName: string;
  jobId: string;
  payload: unknown;
  runAt: Date;
}

export interface NewOutboxRow {
  jobName: string;
  jobId: string;
  payload: unknown;
  runAt: Date;
}

/** The SQL of the `outbox` table: the writers' insert and the relay's listen, claim, marks and purge. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts in `manager`'s transaction and wakes the relays when (and only if) it commits. */
  async insert(manager: EntityManager, row: NewOutboxRow): Promise<void> {
    await manager.query(`INSERT INTO outbox (job_name, job_id, payload, run_at) VALUES ($1, $2, $3, $4)`, [
      row.jobName,
      row.jobId,
      JSON.stringify(row.payload),
      row.runAt,
    ]);
    // Delivered by PostgreSQL only if and when the transaction commits; several in one transaction fold into one.
    await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
  }

  /** Subscribes `client` (a connection of the relay's own, held open) to the notifications `insert` sends. */
  async listen(client: ClientBase): Promise<void> {
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
  }

  /** Locks up to `limit` pending rows for `manager`'s transaction, skipping those another relay holds. */
  claimPending(manager: EntityManager, limit: number): Promise<PendingOutboxRow[]> {
    return manager.query(
      `SELECT id, job_name AS "jobName", job_id AS "jobId", payload, run_at AS "runAt"
         FROM outbox WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async markRelayed(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(`UPDATE outbox SET relayed_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
  }

  async markFailed(manager: EntityManager, id: string, message: string): Promise<void> {
    await manager.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [id, message]);
  }

  /** Deletes rows relayed longer ago than `keep` (a PostgreSQL interval such as '7 days'). */
  async purgeRelayedBefore(keep: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM outbox WHERE relayed_at < now() - $1::interval`, [keep]);
  }
}

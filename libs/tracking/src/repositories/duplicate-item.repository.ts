import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A proposal's item and its winning project's item, tracked apart before they became one item. */
export interface DuplicatePair {
  proposalId: string;
  proposalItemId: string;
  projectItemId: string;
  budgetProjectId: string;
}

/** What the kept item takes of both origins. */
export interface MergedOrigins {
  proposalId: string;
  budgetProjectId: string;
  budgetId: string | null;
  districtId: string | null;
}

/**
 * The SQL of merging the items tracked twice before "one item per winner":
 * an item of an accepted proposal without a project, and an item of a
 * winning project that came from that proposal, without the proposal.
 */
@Injectable()
export class DuplicateItemRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private static readonly PAIRS = `
    SELECT a.proposal_id AS "proposalId", a.id AS "proposalItemId", b.id AS "projectItemId",
           b.budget_project_id AS "budgetProjectId"
      FROM tracked_items a
      JOIN budget_projects bp ON bp.proposal_id = a.proposal_id
      JOIN tracked_items b ON b.budget_project_id = bp.id
     WHERE a.budget_project_id IS NULL AND b.proposal_id IS NULL`;

  /** The oldest pair left (a proposal funded twice pairs with its first project's item only). */
  async next(): Promise<DuplicatePair | null> {
    const rows: DuplicatePair[] = await this.dataSource.query(
      `${DuplicateItemRepository.PAIRS} ORDER BY b.created_at, b.id LIMIT 1`,
    );
    return rows[0] ?? null;
  }

  /** The pair still as found, both rows locked (in id order), in the caller's transaction; null when it changed. */
  async lockPair(manager: EntityManager, pair: DuplicatePair): Promise<boolean> {
    await manager.query(`SELECT id FROM tracked_items WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
      [pair.proposalItemId, pair.projectItemId],
    ]);
    const rows: unknown[] = await manager.query(
      `${DuplicateItemRepository.PAIRS} AND a.id = $1 AND b.id = $2 AND b.budget_project_id = $3`,
      [pair.proposalItemId, pair.projectItemId, pair.budgetProjectId],
    );
    return rows.length === 1;
  }

  /** The removed item's news, now the kept one's (their photos follow them); their ids. */
  async moveUpdates(manager: EntityManager, fromId: string, toId: string): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE tracked_item_updates SET tracked_item_id = $2 WHERE tracked_item_id = $1 RETURNING id`,
      [fromId, toId],
    );
    return rows.map((r) => r.id).sort();
  }

  /**
   * The removed item's deliberations, now the kept one's; an act linked to
   * both (same number and date) is kept once. The moved links' ids, and the
   * dropped ones'.
   */
  async moveDeliberations(
    manager: EntityManager,
    fromId: string,
    toId: string,
  ): Promise<{ moved: string[]; dropped: string[] }> {
    const [dropped]: [{ id: string }[], number] = await manager.query(
      `DELETE FROM tracked_item_deliberations d WHERE d.tracked_item_id = $1 AND EXISTS (
         SELECT 1 FROM tracked_item_deliberations k
          WHERE k.tracked_item_id = $2 AND k.delib_id = d.delib_id AND k.delib_date = d.delib_date)
       RETURNING id`,
      [fromId, toId],
    );
    const [moved]: [{ id: string }[], number] = await manager.query(
      `UPDATE tracked_item_deliberations SET tracked_item_id = $2 WHERE tracked_item_id = $1 RETURNING id`,
      [fromId, toId],
    );
    return { moved: moved.map((r) => r.id).sort(), dropped: dropped.map((r) => r.id).sort() };
  }

  /** The removed item's followers follow the kept one, from the first time they followed either. */
  async moveFollowers(manager: EntityManager, fromId: string, toId: string): Promise<void> {
    await manager.query(
      `INSERT INTO tracked_item_followers (tracked_item_id, user_id, created_at)
       SELECT $2, user_id, created_at FROM tracked_item_followers WHERE tracked_item_id = $1
       ON CONFLICT (tracked_item_id, user_id)
       DO UPDATE SET created_at = LEAST(tracked_item_followers.created_at, EXCLUDED.created_at)`,
      [fromId, toId],
    );
  }

  /** Deleted before the kept item takes its origin (each origin is tracked once: unique columns). */
  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM tracked_items WHERE id = $1`, [id]);
  }

  /** The kept item with both origins (its own district, else the other's). */
  async setOrigins(manager: EntityManager, id: string, origins: MergedOrigins): Promise<void> {
    await manager.query(
      `UPDATE tracked_items SET proposal_id = $2, budget_project_id = $3, budget_id = $4,
              district_id = coalesce(district_id, $5), updated_at = now()
        WHERE id = $1`,
      [id, origins.proposalId, origins.budgetProjectId, origins.budgetId, origins.districtId],
    );
  }
}

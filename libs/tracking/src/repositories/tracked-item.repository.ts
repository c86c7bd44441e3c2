import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, newestFirstPage } from '@quorum/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { TrackedItemFields } from '../domain/tracked-item-change';
import { DeliberationLinkEntity } from '../entities/deliberation-link.entity';
import { TrackedItemUpdateEntity } from '../entities/tracked-item-update.entity';
import { TrackedItemUpdatePhotoEntity } from '../entities/tracked-item-update-photo.entity';
import { TrackedItemEntity } from '../entities/tracked-item.entity';
import { TrackedItemSource } from '../types/tracked-item-source.enum';
import { TrackedItemStatus } from '../types/tracked-item-status.enum';

export interface TrackedItemFilter {
  statuses?: TrackedItemStatus[];
  districtId?: string;
  budgetId?: string;
  year?: number;
}

export interface NewTrackedItem {
  sourceType: TrackedItemSource;
  budgetProjectId: string | null;
  proposalId: string | null;
  budgetId: string | null;
  districtId: string | null;
  year: number;
  title: string;
  /** The proposal's place (WGS84), both or neither. */
  latitude: number | null;
  longitude: number | null;
}

/**
 * An item is public while its source is: a budget project (a winner of a
 * published vote, even when it came from a proposal), or a proposal anyone
 * can still read (not hidden by moderation, not withdrawn), the rule of
 * libs/proposals' content visibility and of open data, read here as SQL
 * since a list cannot ask proposals item by item.
 */
export const PUBLIC_SOURCE = `(t.proposal_id IS NULL OR t.budget_project_id IS NOT NULL OR EXISTS (
  SELECT 1 FROM proposals p WHERE p.id = t.proposal_id AND p.state = 'PUBLISHED' AND p.hidden_at IS NULL))`;

/** The SQL of tracked items, their updates and deliberation links. */
@Injectable()
export class TrackedItemRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts the item unless its source is already tracked; the new id, or null. */
  async insertIfUntracked(manager: EntityManager, item: NewTrackedItem): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO tracked_items (source_type, budget_project_id, proposal_id, budget_id, district_id, year, title,
                                  latitude, longitude)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        item.sourceType,
        item.budgetProjectId,
        item.proposalId,
        item.budgetId,
        item.districtId,
        item.year,
        item.title,
        item.latitude,
        item.longitude,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** Serialises the tracking of one proposal (its answer's job, a budget's) until the transaction ends. */
  async lockProposal(manager: EntityManager, proposalId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('tracking:proposal:' || $1, 0))`, [proposalId]);
  }

  async byProposal(
    manager: EntityManager,
    proposalId: string,
  ): Promise<{ id: string; budgetProjectId: string | null } | null> {
    const rows: { id: string; budgetProjectId: string | null }[] = await manager.query(
      `SELECT id, budget_project_id AS "budgetProjectId" FROM tracked_items WHERE proposal_id = $1 FOR UPDATE`,
      [proposalId],
    );
    return rows[0] ?? null;
  }

  /** The winning project (and its budget) as the second origin of a proposal's item. */
  async linkBudgetProject(
    manager: EntityManager,
    itemId: string,
    budgetProjectId: string,
    budgetId: string | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE tracked_items SET budget_project_id = $2, budget_id = $3, updated_at = now() WHERE id = $1`,
      [itemId, budgetProjectId, budgetId],
    );
  }

  lock(manager: EntityManager, id: string): Promise<TrackedItemEntity | null> {
    return manager.getRepository(TrackedItemEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async save(manager: EntityManager, id: string, fields: TrackedItemFields): Promise<void> {
    await manager.getRepository(TrackedItemEntity).update(id, {
      ...fields,
      committedCents: String(fields.committedCents),
      spentCents: String(fields.spentCents),
    });
  }

  insertUpdate(manager: EntityManager, update: Omit<TrackedItemUpdateEntity, 'id' | 'createdAt'>) {
    const repo = manager.getRepository(TrackedItemUpdateEntity);
    return repo.save(repo.create(update));
  }

  async insertPhotos(
    manager: EntityManager,
    updateId: string,
    photos: { id: string; width: number; height: number; altText: string | null }[],
  ): Promise<void> {
    if (photos.length === 0) return;
    await manager.getRepository(TrackedItemUpdatePhotoEntity).insert(
      photos.map((photo, position) => ({
        updateId,
        photoId: photo.id,
        position,
        width: photo.width,
        height: photo.height,
        altText: photo.altText,
      })),
    );
  }

  /** Updates' photos, in the order shown. */
  photosOf(updateIds: readonly string[]): Promise<TrackedItemUpdatePhotoEntity[]> {
    return this.dataSource.getRepository(TrackedItemUpdatePhotoEntity).find({
      where: { updateId: In([...updateIds]) },
      order: { position: 'ASC' },
    });
  }

  insertDeliberation(manager: EntityManager, link: Omit<DeliberationLinkEntity, 'id' | 'createdAt'>) {
    const repo = manager.getRepository(DeliberationLinkEntity);
    return repo.save(repo.create(link));
  }

  /** `publicOnly`: null for an item whose proposal is no longer public (what residents and visitors see). */
  get(id: string, publicOnly = false): Promise<TrackedItemEntity | null> {
    const query = this.dataSource.getRepository(TrackedItemEntity).createQueryBuilder('t').where('t.id = :id', { id });
    if (publicOnly) query.andWhere(PUBLIC_SOURCE);
    return query.getOne();
  }

  /** Newest first, keyset on (created_at, id). */
  page(filter: TrackedItemFilter, first: number, after?: string): Promise<Connection<TrackedItemEntity>> {
    const query = this.dataSource.getRepository(TrackedItemEntity).createQueryBuilder('t').where(PUBLIC_SOURCE);
    if (filter.statuses?.length) query.andWhere('t.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.districtId) query.andWhere('t.district_id = :districtId', { districtId: filter.districtId });
    if (filter.budgetId) query.andWhere('t.budget_id = :budgetId', { budgetId: filter.budgetId });
    if (filter.year !== undefined) query.andWhere('t.year = :year', { year: filter.year });
    return newestFirstPage(query, first, after);
  }

  /** History, oldest first. */
  updatesOf(itemIds: readonly string[]): Promise<TrackedItemUpdateEntity[]> {
    return this.dataSource.getRepository(TrackedItemUpdateEntity).find({
      where: { trackedItemId: In([...itemIds]) },
      order: { occurredOn: 'ASC', createdAt: 'ASC' },
    });
  }

  deliberationsOf(itemIds: readonly string[]): Promise<DeliberationLinkEntity[]> {
    return this.dataSource.getRepository(DeliberationLinkEntity).find({
      where: { trackedItemId: In([...itemIds]) },
      order: { delibDate: 'ASC', delibId: 'ASC' },
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, newestFirstPage } from '@quorum/common';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { TrackedItemFields } from '../domain/tracked-item-change';
import { TrackedItemView } from '../domain/tracked-item-view';
import { DeliberationLinkEntity } from '../entities/deliberation-link.entity';
import { TrackedItemUpdateEntity } from '../entities/tracked-item-update.entity';
import { TrackedItemUpdatePhotoEntity } from '../entities/tracked-item-update-photo.entity';
import { TrackedItemEntity } from '../entities/tracked-item.entity';
import { TrackedItemSource } from '../types/tracked-item-source.enum';
import { TrackedItemStatus } from '../types/tracked-item-status.enum';
import { PLACE_TO_COPY, PUBLIC_TRACKED_ITEM_SQL } from './tracked-item-visibility';

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

export interface ProposalPlace {
  latitude: number;
  longitude: number;
}

/** The values a public read selects beside the item's columns, and puts in their place. */
const PUBLIC_VALUES = {
  public_proposal_id: PUBLIC_TRACKED_ITEM_SQL.proposalId,
  public_latitude: PUBLIC_TRACKED_ITEM_SQL.latitude,
  public_longitude: PUBLIC_TRACKED_ITEM_SQL.longitude,
};

function asPublic(query: SelectQueryBuilder<TrackedItemEntity>): SelectQueryBuilder<TrackedItemEntity> {
  query.andWhere(PUBLIC_TRACKED_ITEM_SQL.where);
  for (const [alias, sql] of Object.entries(PUBLIC_VALUES)) query.addSelect(sql, alias);
  return query;
}

function publicItem(item: TrackedItemEntity, raw: Record<string, unknown>): TrackedItemEntity {
  return Object.assign(item, {
    proposalId: (raw.public_proposal_id as string | null) ?? null,
    latitude: (raw.public_latitude as number | null) ?? null,
    longitude: (raw.public_longitude as number | null) ?? null,
  });
}

/** The SQL of tracked items, their updates and deliberation links. */
@Injectable()
export class TrackedItemRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts the item unless its source is already tracked; the new id, or null. */
  async insertIfUntracked(manager: EntityManager, item: NewTrackedItem): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO tracked_items (source_type, budget_project_id, proposal_id, budget_id, district_id, year, title,
                                  latitude, longitude, place_from_proposal)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
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
        // A new item's place is its proposal's.
        item.latitude !== null,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * The places that may be copied onto items, by proposal: those of proposals
   * still public (a hidden or withdrawn proposal's place is not), in one query.
   */
  async placesOf(proposalIds: readonly string[]): Promise<Map<string, ProposalPlace>> {
    if (proposalIds.length === 0) return new Map();
    const rows: ({ id: string } & ProposalPlace)[] = await this.dataSource.query(
      `SELECT p.id, p.latitude, p.longitude FROM proposals p WHERE p.id = ANY($1::uuid[]) AND ${PLACE_TO_COPY}`,
      [proposalIds],
    );
    return new Map(rows.map(({ id, latitude, longitude }) => [id, { latitude, longitude }]));
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

  /** PUBLIC: null for an item that is not public, without what of its proposal is not (TrackedItemView). */
  async get(id: string, view = TrackedItemView.STAFF): Promise<TrackedItemEntity | null> {
    const query = this.dataSource.getRepository(TrackedItemEntity).createQueryBuilder('t').where('t.id = :id', { id });
    if (view === TrackedItemView.STAFF) return query.getOne();
    const {
      entities: [item],
      raw: [row],
    } = await asPublic(query).getRawAndEntities();
    return item ? publicItem(item, row) : null;
  }

  /** Newest first, keyset on (created_at, id); as `get` reads them in each view. */
  page(
    filter: TrackedItemFilter,
    first: number,
    after: string | undefined,
    view: TrackedItemView,
  ): Promise<Connection<TrackedItemEntity>> {
    const query = this.dataSource.getRepository(TrackedItemEntity).createQueryBuilder('t').where('TRUE');
    if (filter.statuses?.length) query.andWhere('t.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.districtId) query.andWhere('t.district_id = :districtId', { districtId: filter.districtId });
    if (filter.budgetId) query.andWhere('t.budget_id = :budgetId', { budgetId: filter.budgetId });
    if (filter.year !== undefined) query.andWhere('t.year = :year', { year: filter.year });
    if (view === TrackedItemView.STAFF) return newestFirstPage(query, first, after);
    return newestFirstPage(asPublic(query), first, after, publicItem);
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

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, staffActor } from '@quorum/audit';
import { isUniqueViolation, NotFoundException, ValidationFailedException } from '@quorum/common';
import { MailOutbox } from '@quorum/mail';
import { PhotoStorageService } from '@quorum/reports';
import { DataSource, EntityManager } from 'typeorm';
import { applyTrackedItemChange, changedFields, TrackedItemFields } from '../domain/tracked-item-change';
import { TrackedItemView } from '../domain/tracked-item-view';
import { AddTrackedItemUpdateInput } from '../dto/add-tracked-item-update.input';
import { LinkDeliberationInput } from '../dto/link-deliberation.input';
import { UpdateTrackedItemInput } from '../dto/update-tracked-item.input';
import { DeliberationLinkEntity } from '../entities/deliberation-link.entity';
import { TrackedItemUpdateEntity } from '../entities/tracked-item-update.entity';
import { TrackedItemEntity } from '../entities/tracked-item.entity';
import { trackingErrors } from '../errors/tracking.exception';
import { FollowerRepository } from '../repositories/follower.repository';
import { TrackedItemRepository } from '../repositories/tracked-item.repository';

/** How the report photos an update claims are marked (report_photos.claimed_by). */
const PHOTO_OWNER = 'tracked-item-update';

/**
 * Staff's changes to tracked items. Each runs under the item's row lock and
 * appends its public audit entry in the same transaction: no change without
 * its entry, and two staff members editing at once apply one after the other.
 */
@Injectable()
export class TrackedItemService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: TrackedItemRepository,
    private readonly audit: AuditLog,
    private readonly followers: FollowerRepository,
    private readonly mail: MailOutbox,
    private readonly photos: PhotoStorageService,
  ) {}

  /**
   * As `view` reads it: PUBLIC, NOT_FOUND once its only source, a proposal, is no longer public, and
   * without what of that proposal is not (tracked-item-visibility.ts); STAFF, as stored.
   */
  async get(id: string, view = TrackedItemView.STAFF): Promise<TrackedItemEntity> {
    const item = await this.items.get(id, view);
    if (!item) throw new NotFoundException('TrackedItem', id);
    return item;
  }

  async update(input: UpdateTrackedItemInput, staffId: string): Promise<TrackedItemEntity> {
    const { trackedItemId, ...change } = input;
    await this.dataSource.transaction(async (manager) => {
      const item = await this.lock(manager, trackedItemId);
      const before = fieldsOf(item);
      const after = applyTrackedItemChange(before, change);
      const changed = changedFields(before, after);
      if (Object.keys(changed).length === 0) return;
      await this.items.save(manager, item.id, after);
      await this.record(manager, staffId, 'tracking.item.update', item.id, changed);
    });
    return this.get(trackedItemId);
  }

  async addUpdate(input: AddTrackedItemUpdateInput, staffId: string): Promise<TrackedItemUpdateEntity> {
    const alts = photoAlts(input);
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lock(manager, input.trackedItemId);
      const update = await this.items.insertUpdate(manager, {
        trackedItemId: item.id,
        body: input.body,
        occurredOn: input.occurredOn,
        status: item.status,
        progressPercent: item.progressPercent,
      });
      // Re-encoded at upload (POST /reports/photos); claimed here so that nothing else takes or purges them.
      const claimed = input.photoIds?.length
        ? await this.photos.claim(manager, input.photoIds, PHOTO_OWNER, 'input.photoIds')
        : [];
      const photos = claimed.map((photo) => ({ ...photo, altText: alts.get(photo.id) ?? null }));
      await this.items.insertPhotos(manager, update.id, photos);
      await this.record(manager, staffId, 'tracking.item.news', item.id, {
        updateId: update.id,
        occurredOn: update.occurredOn,
        body: update.body,
        ...(photos.length > 0 ? { photoIds: photos.map((photo) => photo.id) } : {}),
        ...(alts.size > 0 ? { photoAlts: photos.map((photo) => photo.altText) } : {}),
      });
      await this.tellFollowers(manager, item, update);
      return update;
    });
  }

  async linkDeliberation(input: LinkDeliberationInput, staffId: string): Promise<DeliberationLinkEntity> {
    const { trackedItemId, ...fields } = input;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const item = await this.lock(manager, trackedItemId);
        const link = await this.items.insertDeliberation(manager, {
          trackedItemId: item.id,
          delibId: fields.delibId,
          delibDate: fields.delibDate,
          matiereCode: fields.matiereCode,
          matiereNom: fields.matiereNom,
          objet: fields.objet,
          url: fields.url ?? null,
          prefId: fields.prefId ?? null,
          prefDate: fields.prefDate ?? null,
          voteEffectif: fields.voteEffectif ?? null,
          voteReel: fields.votingMembers ?? null,
          votePour: fields.votePour ?? null,
          voteContre: fields.voteContre ?? null,
          voteAbstention: fields.voteAbstention ?? null,
        });
        await this.record(manager, staffId, 'tracking.item.deliberation', item.id, { linkId: link.id, ...fields });
        return link;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'tracked_item_deliberations_item_delib_key'))
        throw trackingErrors.deliberationAlreadyLinked();
      throw error;
    }
  }

  /**
   * One message per follower and update, queued in the update's transaction
   * (the follower's address read when sent); nobody is told of an item whose
   * proposal is no longer public. "My account" lists the same updates.
   */
  private async tellFollowers(
    manager: EntityManager,
    item: TrackedItemEntity,
    update: TrackedItemUpdateEntity,
  ): Promise<void> {
    for (const userId of await this.followers.followersOfPublic(manager, item.id))
      await this.mail.send(manager, {
        eventKey: `tracked-item-news:${update.id}`,
        to: { userId },
        template: 'tracked-item-news',
        params: {
          trackedItemId: item.id,
          itemTitle: item.title,
          body: update.body,
          occurredOn: update.occurredOn,
          status: update.status,
          progressPercent: update.progressPercent,
        },
      });
  }

  private async lock(manager: EntityManager, id: string): Promise<TrackedItemEntity> {
    const item = await this.items.lock(manager, id);
    if (!item) throw new NotFoundException('TrackedItem', id);
    return item;
  }

  // Tracked items are public record: their changes are public entries.
  private async record(
    manager: EntityManager,
    staffId: string,
    action: string,
    itemId: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.append(manager, {
      actor: staffActor(staffId),
      action,
      subjectType: 'tracked_item',
      subjectId: itemId,
      isPublic: true,
      payload,
    });
  }
}

/** Each photo's text alternative by its id (the first given for an id listed twice); blank ones left out. */
function photoAlts(input: AddTrackedItemUpdateInput): Map<string, string> {
  const ids = input.photoIds ?? [];
  const alts = input.photoAlts ?? [];
  if (alts.length > ids.length)
    throw ValidationFailedException.forField('input.photoAlts', 'must have no more entries than photoIds');
  const byId = new Map<string, string>();
  alts.forEach((alt, i) => {
    const text = alt.trim();
    if (text && !byId.has(ids[i])) byId.set(ids[i], text);
  });
  return byId;
}

/** What staff change of an item, as the domain rules read it. */
export function fieldsOf(item: TrackedItemEntity): TrackedItemFields {
  return {
    title: item.title,
    status: item.status,
    abandonReason: item.abandonReason,
    progressPercent: item.progressPercent,
    plannedStartOn: item.plannedStartOn,
    plannedEndOn: item.plannedEndOn,
    actualStartOn: item.actualStartOn,
    actualEndOn: item.actualEndOn,
    committedCents: Number(item.committedCents),
    spentCents: Number(item.spentCents),
    department: item.department,
    latitude: item.latitude,
    longitude: item.longitude,
    placeFromProposal: item.placeFromProposal,
  };
}

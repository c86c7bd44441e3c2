import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, SYSTEM_ACTOR } from '@quorum/audit';
import { DataSource, EntityManager } from 'typeorm';
import { changedFields } from '../domain/tracked-item-change';
import { MergedItem, mergeDuplicatePair } from '../domain/tracked-item-merge';
import { TrackedItemEntity } from '../entities/tracked-item.entity';
import { DuplicatePair, DuplicateItemRepository } from '../repositories/duplicate-item.repository';
import { TrackedItemRepository } from '../repositories/tracked-item.repository';
import { fieldsOf } from './tracked-item.service';

/**
 * Before a winning project that came from an accepted proposal was tracked as
 * one item with both origins (OutcomeTrackingService), the proposal and the
 * project each got an item. This merges each such pair into the older item:
 * the other's news (with their photos), deliberations and followers move to
 * it, it takes both origins, and the other is deleted; public audit entries
 * on both say so (`tracking.item.merge` on the kept item, naming what moved,
 * `tracking.item.merged` on the removed one, naming where). Idempotent: a
 * merged pair is no longer a pair, so a second run merges nothing. Each pair
 * in its own transaction, under the proposal's advisory lock that tracking
 * jobs take, so a job running meanwhile sees the merged item.
 */
@Injectable()
export class DuplicateMergeService {
  private readonly logger = new Logger(DuplicateMergeService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly duplicates: DuplicateItemRepository,
    private readonly items: TrackedItemRepository,
    private readonly audit: AuditLog,
  ) {}

  /** The pairs merged. */
  async mergeAll(): Promise<number> {
    let merged = 0;
    const seen = new Set<string>();
    for (let pair = await this.duplicates.next(); pair; pair = await this.duplicates.next()) {
      // A pair that changed between finding and locking it is found again, changed; never the same one twice.
      const key = `${pair.proposalItemId}:${pair.projectItemId}`;
      if (seen.has(key)) break;
      seen.add(key);
      const current = pair;
      if (await this.dataSource.transaction((manager) => this.merge(manager, current))) merged++;
    }
    if (merged > 0) this.logger.log({ merged }, 'tracked items tracked twice merged');
    return merged;
  }

  private async merge(manager: EntityManager, pair: DuplicatePair): Promise<boolean> {
    await this.items.lockProposal(manager, pair.proposalId);
    if (!(await this.duplicates.lockPair(manager, pair))) return false;
    // One after the other: a transaction has one connection, which runs one query at a time.
    const proposalItem = await this.items.lock(manager, pair.proposalItemId);
    const projectItem = await this.items.lock(manager, pair.projectItemId);
    if (!proposalItem || !projectItem) return false;
    const { kept, removed, fields } = mergeDuplicatePair(merged(proposalItem), merged(projectItem));
    const keptItem = kept.id === proposalItem.id ? proposalItem : projectItem;
    const removedItem = kept.id === proposalItem.id ? projectItem : proposalItem;

    const updateIds = await this.duplicates.moveUpdates(manager, removed.id, kept.id);
    const deliberations = await this.duplicates.moveDeliberations(manager, removed.id, kept.id);
    await this.duplicates.moveFollowers(manager, removed.id, kept.id);
    await this.duplicates.delete(manager, removed.id);
    await this.duplicates.setOrigins(manager, kept.id, {
      proposalId: pair.proposalId,
      budgetProjectId: pair.budgetProjectId,
      budgetId: projectItem.budgetId,
      districtId: removedItem.districtId,
    });
    await this.items.save(manager, kept.id, fields);

    await this.audit.append(manager, {
      actor: SYSTEM_ACTOR,
      action: 'tracking.item.merge',
      subjectType: 'tracked_item',
      subjectId: kept.id,
      isPublic: true,
      payload: {
        mergedItemId: removed.id,
        proposalId: pair.proposalId,
        budgetProjectId: pair.budgetProjectId,
        budgetId: projectItem.budgetId,
        ...(keptItem.districtId === null && removedItem.districtId !== null
          ? { districtId: removedItem.districtId }
          : {}),
        updateIds,
        deliberationIds: deliberations.moved,
        // The same act was linked to both: the kept item's link stays.
        droppedDeliberationIds: deliberations.dropped,
        changed: changedFields(kept.fields, fields),
      },
    });
    await this.audit.append(manager, {
      actor: SYSTEM_ACTOR,
      action: 'tracking.item.merged',
      subjectType: 'tracked_item',
      subjectId: removed.id,
      isPublic: true,
      payload: { into: kept.id },
    });
    return true;
  }
}

function merged(item: TrackedItemEntity): MergedItem {
  return { id: item.id, fields: fieldsOf(item), createdAt: item.createdAt, updatedAt: item.updatedAt };
}

import { Injectable } from '@nestjs/common';
import { NotFoundException } from '@quorum/common';
import { TrackedItemView } from '../domain/tracked-item-view';
import { FollowerRepository, NotificationRow } from '../repositories/follower.repository';
import { TrackedItemRepository } from '../repositories/tracked-item.repository';

/** Most notifications "My account" lists. */
export const NOTIFICATION_LIMIT = 50;

/**
 * Residents following items. Following is private (not audited, not
 * published); the notifications are the updates written since one followed,
 * read when asked, so nothing is stored per follower and per update.
 */
@Injectable()
export class FollowService {
  constructor(
    private readonly followers: FollowerRepository,
    private readonly items: TrackedItemRepository,
  ) {}

  async setFollowing(userId: string, itemId: string, follow: boolean): Promise<void> {
    if (!(await this.items.get(itemId, TrackedItemView.PUBLIC))) throw new NotFoundException('TrackedItem', itemId);
    if (follow) await this.followers.follow(userId, itemId);
    else await this.followers.unfollow(userId, itemId);
  }

  followed(userId: string, itemIds: readonly string[]): Promise<Set<string>> {
    return this.followers.followed(userId, itemIds);
  }

  notifications(userId: string): Promise<NotificationRow[]> {
    return this.followers.notifications(userId, NOTIFICATION_LIMIT);
  }
}

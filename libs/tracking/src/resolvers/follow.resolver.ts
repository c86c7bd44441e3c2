import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, LimitedWrite } from '@quorum/access';
import { trackedItemViewOf } from '../domain/tracked-item-view';
import { FollowTrackedItemInput } from '../dto/follow-tracked-item.input';
import { FollowService } from '../services/follow.service';
import { TrackedItemStatus } from '../types/tracked-item-status.enum';
import { TrackedItemUpdateType } from '../types/tracked-item-update.type';
import { TrackedItemType } from '../types/tracked-item.type';
import { TrackedItemService } from '../services/tracked-item.service';
import { TrackingNotificationType } from '../types/tracking-notification.type';

@Resolver()
export class FollowResolver {
  constructor(
    private readonly follows: FollowService,
    private readonly items: TrackedItemService,
  ) {}

  @LimitedWrite()
  @Mutation(() => TrackedItemType, {
    description: 'Follow an item (or stop, with follow: false) to be told of its updates.',
  })
  async followTrackedItem(
    @Args('input') input: FollowTrackedItemInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TrackedItemType> {
    await this.follows.setFollowing(user.id, input.trackedItemId, input.follow !== false);
    return TrackedItemType.from(await this.items.get(input.trackedItemId, trackedItemViewOf(user)));
  }

  @Query(() => [TrackingNotificationType], {
    description:
      'Updates on the items the signed-in resident follows, written since they followed them, newest first (50 at most).',
  })
  async myTrackingNotifications(@CurrentUser() user: AuthenticatedUser): Promise<TrackingNotificationType[]> {
    return (await this.follows.notifications(user.id)).map((row) =>
      Object.assign(new TrackingNotificationType(), {
        itemTitle: row.itemTitle,
        update: Object.assign(new TrackedItemUpdateType(), {
          id: row.id,
          trackedItemId: row.trackedItemId,
          body: row.body,
          occurredOn: row.occurredOn,
          status: row.status as TrackedItemStatus,
          progressPercent: row.progressPercent,
          createdAt: row.createdAt,
        }),
      }),
    );
  }
}

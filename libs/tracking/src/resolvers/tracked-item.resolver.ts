import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, GraphqlContext, Public, Role, Roles } from '@quorum/access';
import { Connection, groupByKeys, IdArg, mapConnection, requestLoader } from '@quorum/common';
import { trackedItemViewOf } from '../domain/tracked-item-view';
import { AddTrackedItemUpdateInput } from '../dto/add-tracked-item-update.input';
import { LinkDeliberationInput } from '../dto/link-deliberation.input';
import { TrackedItemsArgs } from '../dto/tracked-items.args';
import { UpdateTrackedItemInput } from '../dto/update-tracked-item.input';
import { DeliberationLinkEntity } from '../entities/deliberation-link.entity';
import { TrackedItemUpdateEntity } from '../entities/tracked-item-update.entity';
import { TrackedItemRepository } from '../repositories/tracked-item.repository';
import { FollowService } from '../services/follow.service';
import { TrackedItemService } from '../services/tracked-item.service';
import { DeliberationLinkType } from '../types/deliberation-link.type';
import { TrackedItemConnection } from '../types/tracked-item-connection.type';
import { TrackedItemUpdateType } from '../types/tracked-item-update.type';
import { TrackedItemType } from '../types/tracked-item.type';

@Resolver(() => TrackedItemType)
export class TrackedItemResolver {
  constructor(
    private readonly items: TrackedItemService,
    private readonly repository: TrackedItemRepository,
    private readonly follows: FollowService,
  ) {}

  @Public()
  @Query(() => TrackedItemConnection, {
    description: 'Funded projects and accepted proposals being carried out, newest first.',
  })
  async trackedItems(
    @Args() args: TrackedItemsArgs,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<Connection<TrackedItemType>> {
    const { first, after, ...filter } = args;
    return mapConnection(
      await this.repository.page(filter, first, after, trackedItemViewOf(user)),
      TrackedItemType.from,
    );
  }

  @Public()
  @Query(() => TrackedItemType)
  async trackedItem(@IdArg('id') id: string, @CurrentUser() user: AuthenticatedUser | null): Promise<TrackedItemType> {
    return TrackedItemType.from(await this.items.get(id, trackedItemViewOf(user)));
  }

  @Roles(Role.STAFF)
  @Mutation(() => TrackedItemType, {
    description: 'Staff: status (ABANDONED with a public reason), progress, dates, money, department.',
  })
  async updateTrackedItem(
    @Args('input') input: UpdateTrackedItemInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<TrackedItemType> {
    return TrackedItemType.from(await this.items.update(input, staff.id));
  }

  @Roles(Role.STAFF)
  @Mutation(() => TrackedItemUpdateType, { description: 'Staff: public news on an item, told to its followers.' })
  async addTrackedItemUpdate(
    @Args('input') input: AddTrackedItemUpdateInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<TrackedItemUpdateType> {
    return TrackedItemUpdateType.from(await this.items.addUpdate(input, staff.id));
  }

  @Roles(Role.STAFF)
  @Mutation(() => DeliberationLinkType, { description: 'Staff: link a deliberation of the municipal council.' })
  async linkDeliberation(
    @Args('input') input: LinkDeliberationInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<DeliberationLinkType> {
    return DeliberationLinkType.from(await this.items.linkDeliberation(input, staff.id));
  }

  @ResolveField(() => [TrackedItemUpdateType], { description: 'History, oldest first.' })
  async updates(@Parent() item: TrackedItemType, @Context() ctx: GraphqlContext): Promise<TrackedItemUpdateType[]> {
    const loader = requestLoader<string, TrackedItemUpdateEntity[]>(ctx, 'trackedItem.updates', async (ids) =>
      groupByKeys(ids, await this.repository.updatesOf(ids), (u) => u.trackedItemId),
    );
    return (await loader.load(item.id)).map(TrackedItemUpdateType.from);
  }

  @ResolveField(() => [DeliberationLinkType], { description: "The council's deliberations, oldest first." })
  async deliberations(
    @Parent() item: TrackedItemType,
    @Context() ctx: GraphqlContext,
  ): Promise<DeliberationLinkType[]> {
    const loader = requestLoader<string, DeliberationLinkEntity[]>(ctx, 'trackedItem.deliberations', async (ids) =>
      groupByKeys(ids, await this.repository.deliberationsOf(ids), (d) => d.trackedItemId),
    );
    return (await loader.load(item.id)).map(DeliberationLinkType.from);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in resident follows it (false when signed out).' })
  async followedByMe(
    @Parent() item: TrackedItemType,
    @CurrentUser() user: AuthenticatedUser | null,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    if (!user) return false;
    const loader = requestLoader<string, boolean>(ctx, 'trackedItem.followedByMe', async (ids) => {
      const followed = await this.follows.followed(user.id, ids);
      return ids.map((id) => followed.has(id));
    });
    return loader.load(item.id);
  }
}

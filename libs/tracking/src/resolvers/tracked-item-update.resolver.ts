import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@quorum/access';
import { groupByKeys, requestLoader } from '@quorum/common';
import { photoPath } from '@quorum/reports';
import { TrackedItemUpdatePhotoEntity } from '../entities/tracked-item-update-photo.entity';
import { TrackedItemRepository } from '../repositories/tracked-item.repository';
import { TrackedItemPhotoType } from '../types/tracked-item-photo.type';
import { TrackedItemUpdateType } from '../types/tracked-item-update.type';

@Resolver(() => TrackedItemUpdateType)
export class TrackedItemUpdateResolver {
  constructor(private readonly repository: TrackedItemRepository) {}

  @ResolveField(() => [TrackedItemPhotoType], { description: 'Its photos, in the order shown.' })
  async photos(
    @Parent() update: TrackedItemUpdateType,
    @Context() ctx: GraphqlContext,
  ): Promise<TrackedItemPhotoType[]> {
    const loader = requestLoader<string, TrackedItemUpdatePhotoEntity[]>(ctx, 'trackedItemUpdate.photos', async (ids) =>
      groupByKeys(ids, await this.repository.photosOf(ids), (p) => p.updateId),
    );
    return (await loader.load(update.id)).map((photo) =>
      Object.assign(new TrackedItemPhotoType(), {
        id: photo.photoId,
        url: photoPath({ id: photo.photoId }),
        width: photo.width,
        height: photo.height,
        alt: photo.altText,
      }),
    );
  }
}

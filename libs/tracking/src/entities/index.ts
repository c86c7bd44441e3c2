export * from './deliberation-link.entity';
export * from './tracked-item-follower.entity';
export * from './tracked-item-update.entity';
export * from './tracked-item-update-photo.entity';
export * from './tracked-item.entity';

import { DeliberationLinkEntity } from './deliberation-link.entity';
import { TrackedItemFollowerEntity } from './tracked-item-follower.entity';
import { TrackedItemUpdateEntity } from './tracked-item-update.entity';
import { TrackedItemUpdatePhotoEntity } from './tracked-item-update-photo.entity';
import { TrackedItemEntity } from './tracked-item.entity';

/** This domain's TypeORM entities, for the apps' data sources (`DatabaseModule.forRoot`). */
export const TRACKING_ENTITIES = [
  TrackedItemEntity,
  TrackedItemUpdateEntity,
  DeliberationLinkEntity,
  TrackedItemFollowerEntity,
  TrackedItemUpdatePhotoEntity,
];

import { Field, ObjectType } from '@nestjs/graphql';
import { TrackedItemUpdateType } from './tracked-item-update.type';

@ObjectType('TrackingNotification', {
  description: 'An update on an item the resident follows, written since they followed it.',
})
export class TrackingNotificationType {
  @Field() itemTitle: string;
  @Field(() => TrackedItemUpdateType) update: TrackedItemUpdateType;
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TrackedItemUpdateEntity } from '../entities/tracked-item-update.entity';
import { TrackedItemStatus } from './tracked-item-status.enum';

@ObjectType('TrackedItemUpdate', { description: 'Public news on a tracked item, with its status and progress then.' })
export class TrackedItemUpdateType {
  @Field(() => ID) id: string;
  @Field(() => ID) trackedItemId: string;
  @Field() body: string;
  @Field({ description: 'YYYY-MM-DD' }) occurredOn: string;
  @Field(() => TrackedItemStatus) status: TrackedItemStatus;
  @Field(() => Int) progressPercent: number;
  @Field() createdAt: Date;

  static from(e: TrackedItemUpdateEntity): TrackedItemUpdateType {
    const { id, trackedItemId, body, occurredOn, status, progressPercent, createdAt } = e;
    return Object.assign(new TrackedItemUpdateType(), {
      id,
      trackedItemId,
      body,
      occurredOn,
      status,
      progressPercent,
      createdAt,
    });
  }
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ModerationEntity } from '../entities/moderation.entity';
import { ContentType } from './content-type.enum';

/** One reported piece of content in the staff queue. */
@ObjectType('ModerationItem')
export class ModerationItemType {
  @Field(() => ID)
  id: string;

  @Field(() => ContentType)
  targetType: ContentType;

  @Field(() => ID)
  targetId: string;

  @Field(() => Int)
  reportCount: number;

  @Field(() => Boolean)
  hidden: boolean;

  static from(entity: ModerationEntity): ModerationItemType {
    return Object.assign(new ModerationItemType(), {
      id: entity.id,
      targetType: entity.targetType,
      targetId: entity.targetId,
      reportCount: entity.reportCount,
      hidden: entity.hiddenAt !== null,
    });
  }
}

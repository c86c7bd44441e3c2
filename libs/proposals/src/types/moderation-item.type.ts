import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@quorum/common';
import { ContentType } from './content-type.enum';

/** A moderation row with what staff need to judge it at a glance. */
export interface ModerationRow {
  id: string;
  targetType: ContentType;
  targetId: string;
  consultationId: string;
  reportCount: number;
  hiddenAt: Date | null;
  reviewedAt: Date | null;
  excerpt: string | null;
}

/** One reported piece of content in the staff queue. */
@ObjectType('ModerationItem')
export class ModerationItemType {
  @Field(() => ID)
  id: string;

  @Field(() => ContentType)
  targetType: ContentType;

  @Field(() => ID)
  targetId: string;

  @Field(() => ID)
  consultationId: string;

  @Field(() => Int, { description: 'Active (not dismissed) reports.' })
  reportCount: number;

  @Field(() => Boolean)
  hidden: boolean;

  @Field(() => Boolean, {
    description:
      'Hidden automatically at the report threshold and not yet reviewed by staff: hidden from the public, still visible to its author and staff.',
  })
  pendingReview: boolean;

  @Field(() => Date, {
    nullable: true,
    description:
      'When staff last hid, restored it or dismissed its reports; reviewed content is never hidden automatically again.',
  })
  reviewedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The proposal's title, or the start of the comment's text (even when hidden).",
  })
  excerpt: string | null;

  static from(row: ModerationRow): ModerationItemType {
    return Object.assign(new ModerationItemType(), {
      id: row.id,
      targetType: row.targetType,
      targetId: row.targetId,
      consultationId: row.consultationId,
      reportCount: row.reportCount,
      hidden: row.hiddenAt !== null,
      pendingReview: row.hiddenAt !== null && row.reviewedAt === null,
      reviewedAt: row.reviewedAt,
      excerpt: row.excerpt,
    });
  }
}

@ObjectType()
export class ModerationItemConnection extends ConnectionType(ModerationItemType, 'ModerationItem') {}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@quorum/common';
import { renderMarkdown } from '@quorum/consultations';
import { CommentRow } from '../services/comment.service';

@ObjectType('Comment')
export class CommentType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => String)
  body: string;

  @Field(() => String, { description: 'Sanitised HTML.' })
  bodyHtml: string;

  @Field(() => Date)
  createdAt: Date;

  authorId: string;

  static from(entity: CommentRow): CommentType {
    return Object.assign(new CommentType(), {
      id: entity.id,
      parentId: entity.parentId,
      body: entity.body,
      bodyHtml: renderMarkdown(entity.body),
      createdAt: entity.createdAt,
      authorId: entity.authorId,
    });
  }
}

@ObjectType()
export class CommentConnection extends ConnectionType(CommentType, 'Comment') {}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { renderMarkdown } from '@quorum/consultations';
import { CommentEntity } from '../entities/comment.entity';

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

  static from(entity: CommentEntity): CommentType {
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

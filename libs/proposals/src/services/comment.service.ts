import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthenticatedUser } from '@quorum/access';
import {
  buildConnection,
  Connection,
  decodeKeysetCursor,
  encodeCursor,
  isPgTimestamp,
  isUuid,
  TimeKeyset,
  ValidationFailedException,
} from '@quorum/common';
import { DataSource, IsNull } from 'typeorm';
import { AddCommentInput } from '../dto/add-comment.input';
import { CommentsArgs } from '../dto/comments.args';
import { CommentEntity } from '../entities/comment.entity';
import { CommentRepository, CommentRow } from '../repositories/comment.repository';
import { CommentOrder } from '../types/comment-order.enum';
import { ProposalReader } from './proposal-reader.service';

function decodeCommentCursor(cursor: string, newest: boolean): TimeKeyset {
  const { t, id } = decodeKeysetCursor<TimeKeyset & { n?: number }>(
    cursor,
    { t: isPgTimestamp, id: isUuid, n: (n) => (newest ? n === 1 : n === undefined) },
    'after',
    'does not belong to this ordering',
  );
  return { t, id };
}

/** A comment as the reading queries return it. */
export type { CommentRow } from '../repositories/comment.repository';

/** Comments on proposals, with one level of replies; hidden comments leave every list. */
@Injectable()
export class CommentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly comments: CommentRepository,
    private readonly reader: ProposalReader,
  ) {}

  async add(input: AddCommentInput, author: AuthenticatedUser): Promise<CommentEntity> {
    await this.reader.findVisible(input.proposalId, author);
    if (input.parentId) {
      const parent = await this.dataSource
        .getRepository(CommentEntity)
        .findOneBy({ id: input.parentId, proposalId: input.proposalId, hiddenAt: IsNull() });
      if (!parent) throw ValidationFailedException.forField('input.parentId', 'is not a comment of this proposal');
      if (parent.parentId) throw ValidationFailedException.forField('input.parentId', 'replies cannot be replied to');
    }
    return this.dataSource.getRepository(CommentEntity).save({
      proposalId: input.proposalId,
      parentId: input.parentId ?? null,
      authorId: author.id,
      body: input.body,
      hiddenAt: null,
    });
  }

  /**
   * Visible top-level comments, one page (keyset on creation time and id). A
   * cursor says which order made it: one of the other order would skip or
   * repeat comments, so it is refused.
   */
  async page(args: CommentsArgs): Promise<Connection<CommentRow>> {
    const newest = args.orderBy === CommentOrder.NEWEST;
    const after = args.after ? decodeCommentCursor(args.after, newest) : null;
    const { rows, totalCount: count } = await this.comments.topLevelPage(args.proposalId, args.first, after, newest);
    const cursorOf = (row: CommentRow & { sortKey: string }): string =>
      encodeCursor({ t: row.sortKey, id: row.id, ...(newest ? { n: 1 } : {}) });
    return buildConnection(rows, args.first, count, cursorOf, after !== null);
  }

  /** Visible replies of several comments at once (for a DataLoader), oldest first. */
  replies(parentIds: readonly string[]): Promise<CommentRow[]> {
    return this.comments.replies(parentIds);
  }
}

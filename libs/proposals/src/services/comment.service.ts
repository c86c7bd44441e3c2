import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  buildConnection,
  Connection,
  decodeTimeKeyset,
  encodeCursor,
  TimeKeyset,
  ValidationFailedException,
} from '@quorum/common';
import { AuthenticatedUser } from '@quorum/identity';
import { DataSource, IsNull } from 'typeorm';
import { AddCommentInput } from '../dto/add-comment.input';
import { CommentsArgs } from '../dto/comments.args';
import { CommentEntity } from '../entities/comment.entity';
import { ProposalReader } from './proposal-reader.service';

/** A comment as the reading queries return it. */
export type CommentRow = Pick<CommentEntity, 'id' | 'parentId' | 'authorId' | 'body' | 'createdAt'>;

const COMMENT_COLUMNS = `c.id, c.parent_id AS "parentId", c.author_id AS "authorId", c.body, c.created_at AS "createdAt"`;

/** Comments on proposals, with one level of replies; hidden comments leave every list. */
@Injectable()
export class CommentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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

  /** Visible top-level comments, oldest first, one page (keyset on creation time and id). */
  async page(args: CommentsArgs): Promise<Connection<CommentRow>> {
    const after = args.after ? decodeTimeKeyset(args.after) : null;
    const visible = `c.proposal_id = $1 AND c.parent_id IS NULL AND c.hidden_at IS NULL`;
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query<(CommentRow & { sortKey: string })[]>(
        `SELECT ${COMMENT_COLUMNS}, c.created_at::text AS "sortKey" FROM proposal_comments c
         WHERE ${visible} ${after ? 'AND (c.created_at, c.id) > ($3::timestamptz, $4::uuid)' : ''}
         ORDER BY c.created_at, c.id LIMIT $2`,
        [args.proposalId, args.first + 1, ...(after ? [after.t, after.id] : [])],
      ),
      this.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM proposal_comments c WHERE ${visible}`,
        [args.proposalId],
      ),
    ]);
    const cursorOf = (row: CommentRow & { sortKey: string }): string =>
      encodeCursor({ t: row.sortKey, id: row.id } satisfies TimeKeyset);
    return buildConnection(rows, args.first, count, cursorOf, after !== null);
  }

  /** Visible replies of several comments at once (for a DataLoader), oldest first. */
  replies(parentIds: readonly string[]): Promise<CommentRow[]> {
    return this.dataSource.query<CommentRow[]>(
      `SELECT ${COMMENT_COLUMNS} FROM proposal_comments c
       WHERE c.parent_id = ANY($1::uuid[]) AND c.hidden_at IS NULL ORDER BY c.created_at, c.id`,
      [parentIds],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TimeKeyset } from '@quorum/common';
import { DataSource } from 'typeorm';
import { CommentEntity } from '../entities/comment.entity';

export type CommentRow = Pick<CommentEntity, 'id' | 'parentId' | 'authorId' | 'body' | 'createdAt'>;

const COMMENT_COLUMNS = `c.id, c.parent_id AS "parentId", c.author_id AS "authorId", c.body, c.created_at AS "createdAt"`;

@Injectable()
export class CommentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Visible top-level comments of a proposal, oldest (or newest) first, after
   * `after` (`first + 1` rows, each with its creation time as PostgreSQL
   * prints it), and how many there are.
   */
  async topLevelPage(
    proposalId: string,
    first: number,
    after: TimeKeyset | null,
    newestFirst = false,
  ): Promise<{ rows: (CommentRow & { sortKey: string })[]; totalCount: number }> {
    const visible = `c.proposal_id = $1 AND c.parent_id IS NULL AND c.hidden_at IS NULL`;
    const [comparison, direction] = newestFirst ? ['<', 'DESC'] : ['>', 'ASC'];
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query<(CommentRow & { sortKey: string })[]>(
        `SELECT ${COMMENT_COLUMNS}, c.created_at::text AS "sortKey" FROM proposal_comments c
         WHERE ${visible} ${after ? `AND (c.created_at, c.id) ${comparison} ($3::timestamptz, $4::uuid)` : ''}
         ORDER BY c.created_at ${direction}, c.id ${direction} LIMIT $2`,
        [proposalId, first + 1, ...(after ? [after.t, after.id] : [])],
      ),
      this.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM proposal_comments c WHERE ${visible}`,
        [proposalId],
      ),
    ]);
    return { rows, totalCount: count };
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

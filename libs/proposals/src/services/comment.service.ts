import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ValidationFailedException } from '@quorum/common';
import { AuthenticatedUser } from '@quorum/identity';
import { DataSource, In, IsNull } from 'typeorm';
import { AddCommentInput } from '../dto/add-comment.input';
import { CommentEntity } from '../entities/comment.entity';
import { ProposalReader } from './proposal-reader.service';

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

  /** Visible top-level comments, oldest first. */
  topLevel(proposalId: string, first: number): Promise<CommentEntity[]> {
    return this.dataSource.getRepository(CommentEntity).find({
      where: { proposalId, parentId: IsNull(), hiddenAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: first,
    });
  }

  /** Visible replies of several comments at once (for a DataLoader). */
  replies(parentIds: readonly string[]): Promise<CommentEntity[]> {
    return this.dataSource
      .getRepository(CommentEntity)
      .find({ where: { parentId: In([...parentIds]), hiddenAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}

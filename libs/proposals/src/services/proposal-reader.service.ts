import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, buildConnection, decodeCursor, encodeCursor, NotFoundException } from '@quorum/common';
import { ConsultationCategoryEntity, ConsultationEntity, ConsultationService, isStaff } from '@quorum/consultations';
import { AuthenticatedUser, UserEntity } from '@quorum/identity';
import { DataSource, In } from 'typeorm';
import { ProposalsArgs } from '../dto/proposals.args';
import { ProposalAnswerEntity } from '../entities/proposal-answer.entity';
import { ProposalOrder } from '../types/proposal-order.enum';
import { ProposalState } from '../types/proposal-state.enum';
import { assertCursorFits, buildPageQuery, ProposalCursor } from './proposal-page-query';
import { PROPOSAL_COLUMNS, ProposalRow } from './proposal-row';

export interface ProposalInContext {
  row: ProposalRow;
  consultation: ConsultationEntity;
}

export interface PublicAuthorRow {
  id: string;
  displayName: string;
}

/** Reading proposals, and the batch queries behind the per-request DataLoaders. */
@Injectable()
export class ProposalReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consultations: ConsultationService,
  ) {}

  /** Drafts exist for their author only; hidden proposals for their author and staff only. */
  async findVisible(id: string, viewer: AuthenticatedUser | null): Promise<ProposalInContext> {
    const [row] = await this.dataSource.query<ProposalRow[]>(
      `SELECT ${PROPOSAL_COLUMNS} FROM proposals p WHERE p.id = $1`,
      [id],
    );
    const own = row && viewer?.id === row.authorId;
    if (!row || (row.state === ProposalState.DRAFT && !own) || (row.hiddenAt && !own && !isStaff(viewer))) {
      throw new NotFoundException('Proposal', id);
    }
    const consultation = await this.consultations.findVisible(row.consultationId, viewer);
    return { row, consultation };
  }

  async page(args: ProposalsArgs, viewer: AuthenticatedUser | null): Promise<Connection<ProposalInContext>> {
    const consultation = await this.consultations.findVisible(args.consultationId, viewer);
    const after = args.after ? decodeCursor<ProposalCursor>(args.after) : null;
    if (after) assertCursorFits(after, args.orderBy);
    const seed = after?.seed ?? args.seed ?? Math.floor(Math.random() * 2147483647);
    const query = buildPageQuery({
      consultationId: consultation.id,
      viewerId: viewer?.id ?? null,
      filter: args.filter ?? {},
      orderBy: args.orderBy,
      seed,
      first: args.first,
      after,
    });
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query<(ProposalRow & { sortKey: string })[]>(query.page.text, query.page.values),
      this.dataSource.query<{ count: number }[]>(query.count.text, query.count.values),
    ]);
    const cursorOf = (row: ProposalRow & { sortKey: string }): string =>
      encodeCursor({
        o: args.orderBy,
        k: row.sortKey,
        id: row.id,
        ...(args.orderBy === ProposalOrder.RANDOM ? { seed } : {}),
      });
    const connection = buildConnection(rows, args.first, count, cursorOf, after !== null);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: { row: e.node, consultation } })),
    };
  }

  /** Display names only: e-mail addresses and residency never leave the identity domain. */
  async authors(ids: readonly string[]): Promise<PublicAuthorRow[]> {
    const users = await this.dataSource
      .getRepository(UserEntity)
      .find({ select: { id: true, displayName: true, erasedAt: true }, where: { id: In([...ids]) } });
    return users.map((u) => ({ id: u.id, displayName: u.erasedAt ? 'Compte supprimé' : u.displayName }));
  }

  categories(ids: readonly string[]): Promise<ConsultationCategoryEntity[]> {
    return this.dataSource.getRepository(ConsultationCategoryEntity).findBy({ id: In([...ids]) });
  }

  answers(proposalIds: readonly string[]): Promise<ProposalAnswerEntity[]> {
    return this.dataSource.getRepository(ProposalAnswerEntity).findBy({ proposalId: In([...proposalIds]) });
  }

  async supportedBy(userId: string, proposalIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ proposal_id: string }[]>(
      `SELECT proposal_id FROM proposal_supports WHERE user_id = $1 AND proposal_id = ANY($2::uuid[])`,
      [userId, proposalIds],
    );
    return new Set(rows.map((r) => r.proposal_id));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, buildConnection, decodeCursor, encodeCursor, NotFoundException } from '@quorum/common';
import { ConsultationCategoryEntity, ConsultationEntity, ConsultationService, isStaff } from '@quorum/consultations';
import { AuthenticatedUser } from '@quorum/identity';
import { DataSource, In } from 'typeorm';
import { ProposalsArgs } from '../dto/proposals.args';
import { ProposalAnswerEntity } from '../entities/proposal-answer.entity';
import { ProposalOrder } from '../types/proposal-order.enum';
import { ProposalState } from '../types/proposal-state.enum';
import {
  assertCursorFits,
  buildPageQuery,
  consultationAndCountQuery,
  ProposalCursor,
  PUBLIC_AUTHORS_SQL,
} from './proposal-page-query';
import { PROPOSAL_COLUMNS, ProposalRow } from './proposal-row';

/** What a proposal's fields need of its consultation. */
export type ConsultationContext = Pick<ConsultationEntity, 'id' | 'supportThreshold'>;

export interface ProposalInContext {
  row: ProposalRow;
  consultation: ConsultationContext;
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

  /**
   * One page costs the same round trips as a hand-written handler: the page,
   * and the consultation with the total count in one query, in parallel. The
   * page of a consultation the viewer may not see is computed, then dropped.
   */
  async page(args: ProposalsArgs, viewer: AuthenticatedUser | null): Promise<Connection<ProposalInContext>> {
    const after = args.after ? decodeCursor<ProposalCursor>(args.after) : null;
    if (after) assertCursorFits(after, args.orderBy);
    const seed = after?.seed ?? args.seed ?? Math.floor(Math.random() * 2147483647);
    const query = buildPageQuery({
      consultationId: args.consultationId,
      viewerId: viewer?.id ?? null,
      filter: args.filter ?? {},
      orderBy: args.orderBy,
      seed,
      first: args.first,
      after,
    });
    const [rows, [consultation]] = await Promise.all([
      this.dataSource.query<(ProposalRow & { sortKey: string })[]>(query.page.text, query.page.values),
      this.dataSource.query<(ConsultationContext & { publishedAt: Date | null; count: number })[]>(
        consultationAndCountQuery(query.count).text,
        query.count.values,
      ),
    ]);
    if (!consultation || (!consultation.publishedAt && !isStaff(viewer))) {
      throw new NotFoundException('Consultation', args.consultationId);
    }
    const cursorOf = (row: ProposalRow & { sortKey: string }): string =>
      encodeCursor({
        o: args.orderBy,
        k: row.sortKey,
        id: row.id,
        ...(args.orderBy === ProposalOrder.RANDOM ? { seed } : {}),
      });
    const connection = buildConnection(rows, args.first, consultation.count, cursorOf, after !== null);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: { row: e.node, consultation } })),
    };
  }

  /** Display names only: e-mail addresses and residency never leave the identity domain. */
  authors(ids: readonly string[]): Promise<PublicAuthorRow[]> {
    return this.dataSource.query<PublicAuthorRow[]>(PUBLIC_AUTHORS_SQL, [ids]);
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

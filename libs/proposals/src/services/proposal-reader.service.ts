import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthenticatedUser } from '@quorum/access';
import { buildConnection, Connection, encodeCursor, mapConnection, NotFoundException } from '@quorum/common';
import {
  ConsultationCategoryEntity,
  ConsultationEntity,
  ConsultationService,
  isStaff,
  visibleTo,
} from '@quorum/consultations';
import { DataSource, EntityManager, In } from 'typeorm';
import { isVisibleTo } from '../domain/content-visibility';
import { ProposalsArgs } from '../dto/proposals.args';
import { SearchProposalsArgs } from '../dto/search-proposals.args';
import { ProposalAnswerEntity } from '../entities/proposal-answer.entity';
import { ProposalEntity } from '../entities/proposal.entity';
import { AnswerStatus } from '../types/answer-status.enum';
import { ProposalOrder } from '../types/proposal-order.enum';
import { decodeProposalCursor } from '../repositories/proposal-page-query';
import { ProposalRow } from '../repositories/proposal-row';
import { ConsultationContext, ProposalRepository, PublicAuthorRow } from '../repositories/proposal.repository';

export interface ProposalInContext {
  row: ProposalRow;
  consultation: ConsultationContext;
}

export type { ConsultationContext, PublicAuthorRow } from '../repositories/proposal.repository';

/** Reading proposals, and the batch queries behind the per-request DataLoaders. */
@Injectable()
export class ProposalReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ProposalRepository,
    private readonly consultations: ConsultationService,
  ) {}

  /** Drafts exist for their author only; hidden proposals for their author and staff only. */
  async findVisible(id: string, viewer: AuthenticatedUser | null): Promise<ProposalInContext> {
    const row = await this.proposals.findRow(id);
    if (!row || !isVisibleTo(row, viewer)) throw new NotFoundException('Proposal', id);
    const consultation = await this.consultations.findVisible(row.consultationId, viewer);
    return { row, consultation };
  }

  /**
   * One page costs the same round trips as a hand-written handler: the page,
   * and the consultation with the total count in one query, in parallel. The
   * page of a consultation the viewer may not see is computed, then dropped.
   */
  async page(args: ProposalsArgs, viewer: AuthenticatedUser | null): Promise<Connection<ProposalInContext>> {
    const after = args.after ? decodeProposalCursor(args.after, args.orderBy) : null;
    const seed = after?.seed ?? args.seed ?? Math.floor(Math.random() * 2147483647);
    const { rows, consultation } = await this.proposals.page({
      consultationId: args.consultationId,
      viewerId: viewer?.id ?? null,
      viewerIsStaff: isStaff(viewer),
      filter: args.filter ?? {},
      orderBy: args.orderBy,
      seed,
      first: args.first,
      after,
    });
    if (!visibleTo(consultation, viewer)) {
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
    return mapConnection(connection, (row) => ({ row, consultation }));
  }

  /**
   * Proposals matching the words across the consultations everyone can see,
   * newest first: the same cursors as the RECENT order of `proposals`.
   */
  async search(args: SearchProposalsArgs): Promise<Connection<ProposalInContext>> {
    const after = args.after ? decodeProposalCursor(args.after, ProposalOrder.RECENT) : null;
    const { rows, count } = await this.proposals.search({ search: args.query.trim(), first: args.first, after });
    const cursorOf = (row: ProposalRow & { sortKey: string }): string =>
      encodeCursor({ o: ProposalOrder.RECENT, k: row.sortKey, id: row.id });
    const connection = buildConnection(rows, args.first, count, cursorOf, after !== null);
    return mapConnection(connection, (row) => ({
      row,
      consultation: { id: row.consultationId, supportThreshold: row.supportThreshold },
    }));
  }

  /**
   * The published answer's status of a proposal (undefined when there is no
   * such proposal), share-locked so that the answer cannot change before the
   * caller's transaction commits.
   */
  async lockedAnswerStatus(manager: EntityManager, proposalId: string): Promise<AnswerStatus | null | undefined> {
    const proposal = await manager.getRepository(ProposalEntity).findOne({
      select: { id: true, answerStatus: true },
      where: { id: proposalId },
      lock: { mode: 'pessimistic_read' },
    });
    return proposal ? proposal.answerStatus : undefined;
  }

  /** Display names only: e-mail addresses and residency never leave the identity domain. */
  authors(ids: readonly string[]): Promise<PublicAuthorRow[]> {
    return this.proposals.authors(ids);
  }

  categories(ids: readonly string[]): Promise<ConsultationCategoryEntity[]> {
    return this.dataSource.getRepository(ConsultationCategoryEntity).findBy({ id: In([...ids]) });
  }

  consultationsByIds(ids: readonly string[]): Promise<ConsultationEntity[]> {
    return this.dataSource.getRepository(ConsultationEntity).findBy({ id: In([...ids]) });
  }

  answers(proposalIds: readonly string[]): Promise<ProposalAnswerEntity[]> {
    return this.dataSource.getRepository(ProposalAnswerEntity).findBy({ proposalId: In([...proposalIds]) });
  }

  async supportedBy(userId: string, proposalIds: readonly string[]): Promise<Set<string>> {
    return this.proposals.supportedBy(userId, proposalIds);
  }
}

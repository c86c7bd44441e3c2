import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConsultationEntity } from '@quorum/consultations';
import { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ProposalEntity } from '../entities/proposal.entity';
import { ProposalState } from '../types/proposal-state.enum';
import { buildPageQuery, consultationAndCountQuery, PageQueryInput, PUBLIC_AUTHORS_SQL } from './proposal-page-query';
import { PROPOSAL_COLUMNS, ProposalRow } from './proposal-row';
import { buildSearchQuery, SearchQueryInput } from './proposal-search-query';

/** What a proposal's fields need of its consultation. */
export type ConsultationContext = Pick<ConsultationEntity, 'id' | 'supportThreshold'>;

export interface PublicAuthorRow {
  id: string;
  displayName: string;
}

/** One page of proposals, with the consultation (absent when there is none) and its total count. */
export interface ProposalPage {
  rows: (ProposalRow & { sortKey: string })[];
  consultation: (ConsultationContext & { publishedAt: Date | null; count: number }) | undefined;
}

@Injectable()
export class ProposalRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findRow(id: string): Promise<ProposalRow | undefined> {
    const [row] = await this.dataSource.query<ProposalRow[]>(
      `SELECT ${PROPOSAL_COLUMNS} FROM proposals p WHERE p.id = $1`,
      [id],
    );
    return row;
  }

  /** The page and the consultation with the count, in parallel (two round trips at once). */
  async page(input: PageQueryInput): Promise<ProposalPage> {
    const query = buildPageQuery(input);
    const [rows, [consultation]] = await Promise.all([
      this.dataSource.query<ProposalPage['rows']>(query.page.text, query.page.values),
      this.dataSource.query<NonNullable<ProposalPage['consultation']>[]>(
        consultationAndCountQuery(query.count).text,
        query.count.values,
      ),
    ]);
    return { rows, consultation };
  }

  /** One page of a search across consultations, each row with its consultation's threshold, and the total count. */
  async search(
    input: SearchQueryInput,
  ): Promise<{ rows: (ProposalRow & { sortKey: string; supportThreshold: number })[]; count: number }> {
    const query = buildSearchQuery(input);
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query<(ProposalRow & { sortKey: string; supportThreshold: number })[]>(
        query.page.text,
        query.page.values,
      ),
      this.dataSource.query<{ count: number }[]>(query.count.text, query.count.values),
    ]);
    return { rows, count };
  }

  /** Public names of authors (erasure has already replaced an erased account's name with the former-participant label). */
  authors(ids: readonly string[]): Promise<PublicAuthorRow[]> {
    return this.dataSource.query<PublicAuthorRow[]>(PUBLIC_AUTHORS_SQL, [ids]);
  }

  /** Applies an author's edit unless the proposal is no longer editable (supported, answered, withdrawn): false then. */
  async updateIfEditable(id: string, changes: QueryDeepPartialEntity<ProposalEntity>): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(ProposalEntity)
      .createQueryBuilder()
      .update()
      .set(changes)
      .where('id = :id AND support_count = 0 AND answer_status IS NULL AND state <> :withdrawn', {
        id,
        withdrawn: ProposalState.WITHDRAWN,
      })
      .execute();
    return !!result.affected;
  }

  async supportedBy(userId: string, proposalIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ proposal_id: string }[]>(
      `SELECT proposal_id FROM proposal_supports WHERE user_id = $1 AND proposal_id = ANY($2::uuid[])`,
      [userId, proposalIds],
    );
    return new Set(rows.map((r) => r.proposal_id));
  }
}

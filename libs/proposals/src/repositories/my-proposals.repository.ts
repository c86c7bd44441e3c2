import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TimeKeyset } from '@quorum/common';
import { DataSource } from 'typeorm';
import { PROPOSAL_COLUMNS, ProposalRow } from './proposal-row';

/** A row of the resident's own lists: the sort key as PostgreSQL prints it, and the consultation's threshold. */
export type MyProposalRow = ProposalRow & { sortKey: string; supportThreshold: number };

export interface MyProposalPage {
  rows: MyProposalRow[];
  count: number;
}

/**
 * The signed-in resident's lists, newest first with keyset pagination: the
 * proposals they wrote (drafts, withdrawn and hidden ones included: they are
 * theirs), and the ones they support (hidden ones left out unless theirs).
 */
@Injectable()
export class MyProposalsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  authoredBy(userId: string, first: number, after: TimeKeyset | null): Promise<MyProposalPage> {
    return this.page(
      `FROM proposals p JOIN consultations c ON c.id = p.consultation_id WHERE p.author_id = $1`,
      'p.created_at',
      userId,
      first,
      after,
    );
  }

  supportedBy(userId: string, first: number, after: TimeKeyset | null): Promise<MyProposalPage> {
    return this.page(
      `FROM proposal_supports s JOIN proposals p ON p.id = s.proposal_id JOIN consultations c ON c.id = p.consultation_id
        WHERE s.user_id = $1 AND (p.hidden_at IS NULL OR p.author_id = $1)`,
      's.created_at',
      userId,
      first,
      after,
    );
  }

  private async page(
    from: string,
    key: string,
    userId: string,
    first: number,
    after: TimeKeyset | null,
  ): Promise<MyProposalPage> {
    const values: unknown[] = [userId];
    const keyset = after
      ? ` AND (${key}, p.id) < ($${values.push(after.t)}::timestamptz, $${values.push(after.id)}::uuid)`
      : '';
    const limit = `$${values.push(first + 1)}`;
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query<MyProposalRow[]>(
        `SELECT ${PROPOSAL_COLUMNS}, ${key}::text AS "sortKey", c.support_threshold AS "supportThreshold"
           ${from}${keyset} ORDER BY ${key} DESC, p.id DESC LIMIT ${limit}`,
        values,
      ),
      this.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count ${from}`, [userId]),
    ]);
    return { rows, count };
  }
}

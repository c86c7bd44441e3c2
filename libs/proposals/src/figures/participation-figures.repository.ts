import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

async function count(dataSource: DataSource, sql: string): Promise<number> {
  const [row] = await dataSource.query<{ n: number }[]>(sql);
  return row.n;
}

export interface ConsultationFiguresRow {
  consultationId: string;
  proposals: number;
  supports: number;
  participants: number;
}

/** Counts over the whole platform, for the key figures, and per consultation. */
@Injectable()
export class ParticipationFiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  participants(): Promise<number> {
    return count(
      this.dataSource,
      `SELECT count(*)::int AS n FROM (
         SELECT author_id FROM proposals WHERE state <> 'DRAFT'
         UNION SELECT user_id FROM proposal_supports
         UNION SELECT author_id FROM proposal_comments) AS people`,
    );
  }

  proposals(): Promise<number> {
    return count(
      this.dataSource,
      `SELECT count(*)::int AS n FROM proposals WHERE state = 'PUBLISHED' AND hidden_at IS NULL`,
    );
  }

  supports(): Promise<number> {
    return count(this.dataSource, `SELECT count(*)::int AS n FROM proposal_supports`);
  }

  /** The figures of several consultations in one query (for a DataLoader); a consultation without proposals has no row. */
  byConsultation(ids: readonly string[]): Promise<ConsultationFiguresRow[]> {
    return this.dataSource.query<ConsultationFiguresRow[]>(
      `SELECT p.consultation_id AS "consultationId",
         count(*) FILTER (WHERE p.state = 'PUBLISHED' AND p.hidden_at IS NULL)::int AS proposals,
         (SELECT count(*) FROM proposal_supports s JOIN proposals sp ON sp.id = s.proposal_id
           WHERE sp.consultation_id = p.consultation_id)::int AS supports,
         (SELECT count(*) FROM (
            SELECT ap.author_id FROM proposals ap WHERE ap.consultation_id = p.consultation_id AND ap.state <> 'DRAFT'
            UNION SELECT s.user_id FROM proposal_supports s JOIN proposals sp ON sp.id = s.proposal_id
              WHERE sp.consultation_id = p.consultation_id
            UNION SELECT c.author_id FROM proposal_comments c JOIN proposals cp ON cp.id = c.proposal_id
              WHERE cp.consultation_id = p.consultation_id) AS people)::int AS participants
       FROM proposals p WHERE p.consultation_id = ANY($1::uuid[]) GROUP BY p.consultation_id`,
      [ids],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PhaseKind } from '../types/phase-kind.enum';

/** What every page about a consultation shows beside it: its phases in order and its categories by name. */
export interface ConsultationOutline {
  consultationId: string;
  phases: { kind: PhaseKind; startsAt: Date; endsAt: Date }[];
  categories: { id: string; name: string }[];
}

interface OutlineRow {
  id: string;
  phases: { kind: PhaseKind; startsAt: string; endsAt: string }[];
  categories: { id: string; name: string }[];
}

@Injectable()
export class ConsultationOutlineRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Phases and categories of several consultations in one query (a page asks for both: one round trip
   * instead of two), in the order of `consultationIds`.
   */
  async outlinesOf(consultationIds: readonly string[]): Promise<ConsultationOutline[]> {
    const rows: OutlineRow[] = await this.dataSource.query(
      `SELECT c.id,
              COALESCE((SELECT json_agg(json_build_object('kind', p.kind, 'startsAt', p.starts_at, 'endsAt', p.ends_at)
                                 ORDER BY p.starts_at)
                          FROM consultation_phases p WHERE p.consultation_id = c.id), '[]') AS phases,
              COALESCE((SELECT json_agg(json_build_object('id', k.id, 'name', k.name) ORDER BY k.name)
                          FROM consultation_categories k WHERE k.consultation_id = c.id), '[]') AS categories
         FROM unnest($1::uuid[]) WITH ORDINALITY AS c(id, position)
        ORDER BY c.position`,
      [consultationIds],
    );
    return rows.map((row) => ({
      consultationId: row.id,
      phases: row.phases.map((p) => ({ kind: p.kind, startsAt: new Date(p.startsAt), endsAt: new Date(p.endsAt) })),
      categories: row.categories,
    }));
  }
}

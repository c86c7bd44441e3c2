import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class CensusRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Adds census entries (keyed hash → district or null); an entry already there keeps its district unless the line gives one. Returns how many were new.
   */
  async upsert(importId: string, entries: Map<string, string | null>): Promise<number> {
    const rows: { inserted: boolean }[] = await this.dataSource.query(
      `INSERT INTO census_entries (code_hash, import_id, district_id)
       SELECT h, $3, d FROM unnest($1::text[], $2::uuid[]) AS e(h, d)
       ON CONFLICT (code_hash) DO UPDATE SET district_id = coalesce(EXCLUDED.district_id, census_entries.district_id)
       RETURNING (xmax = 0) AS inserted`,
      [[...entries.keys()], [...entries.values()], importId],
    );
    return rows.filter((r) => r.inserted).length;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { EligibilityFacts } from '../eligibility/eligibility-rule';

/** What a census line says of the person beside the code; null where it says nothing. */
export interface CensusFacts {
  districtId: string | null;
  birthYear: number | null;
  registeredVoter: boolean | null;
}

/**
 * A census entry as a polling place needs it: the person, where they live,
 * their verified account if any, and what eligibility rules read of them
 * (`linkedOnly` when their verification recorded a link to the area).
 */
export interface CensusPerson extends EligibilityFacts {
  censusEntryId: string;
  /** The census entry's district, else the one staff checked in person at a verification. */
  districtId: string | null;
  /** The account bound to this entry by a residency verification; null if the person never verified one. */
  userId: string | null;
}

@Injectable()
export class CensusRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Adds census entries (keyed hash → facts); an entry already there keeps its district, birth year and voter
   * flag unless the line gives them. Returns how many were new.
   */
  async upsert(importId: string, entries: Map<string, CensusFacts>): Promise<number> {
    const facts = [...entries.values()];
    const rows: { inserted: boolean }[] = await this.dataSource.query(
      `INSERT INTO census_entries (code_hash, import_id, district_id, birth_year, registered_voter)
       SELECT h, $5, d, y, v FROM unnest($1::text[], $2::uuid[], $3::smallint[], $4::boolean[]) AS e(h, d, y, v)
       ON CONFLICT (code_hash) DO UPDATE SET
         district_id = coalesce(EXCLUDED.district_id, census_entries.district_id),
         birth_year = coalesce(EXCLUDED.birth_year, census_entries.birth_year),
         registered_voter = coalesce(EXCLUDED.registered_voter, census_entries.registered_voter)
       RETURNING (xmax = 0) AS inserted`,
      [
        [...entries.keys()],
        facts.map((f) => f.districtId),
        facts.map((f) => f.birthYear),
        facts.map((f) => f.registeredVoter),
        importId,
      ],
    );
    return rows.filter((r) => r.inserted).length;
  }

  /** The person whose census code has this keyed hash, with their verification if any; null when none. */
  async personByCodeHash(manager: EntityManager, codeHash: string): Promise<CensusPerson | null> {
    const [row]: CensusPerson[] = await manager.query(
      `SELECT c.id AS "censusEntryId", coalesce(c.district_id, v.district_id) AS "districtId", v.user_id AS "userId",
              c.birth_year AS "birthYear", c.registered_voter AS "registeredVoter",
              v.link_to_area IS NOT NULL AS "linkedOnly"
         FROM census_entries c LEFT JOIN residency_verifications v ON v.census_entry_id = c.id
        WHERE c.code_hash = $1`,
      [codeHash],
    );
    return row ?? null;
  }

  /** Erasure: the bound entry forgets the birth year and voter flag (the binding stays: one entry, one account). */
  async forgetFactsOfAccount(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE census_entries SET birth_year = NULL, registered_voter = NULL
        WHERE id = (SELECT census_entry_id FROM residency_verifications WHERE user_id = $1)`,
      [userId],
    );
  }
}

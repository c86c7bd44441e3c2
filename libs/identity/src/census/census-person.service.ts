import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { normalizeCensusCode } from './census-code';
import { CensusHasher } from './census-hasher';
import type { EligibilityFacts } from '../eligibility/eligibility-rule';

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

/**
 * One person across voting channels: the census entry is who votes, whether
 * online (through the account a verification bound to it) or at a polling
 * place (by census code). Reads only; budgets ask it inside their own
 * transactions (paper ballots, docs/SECURITY.md "Paper ballots").
 */
@Injectable()
export class CensusPersonLookup {
  constructor(private readonly hasher: CensusHasher) {}

  /** The person holding this census code, or null when the code is malformed or unknown. */
  async byCode(manager: EntityManager, rawCode: string): Promise<CensusPerson | null> {
    const code = normalizeCensusCode(rawCode);
    if (!code) return null;
    const [row]: CensusPerson[] = await manager.query(
      `SELECT c.id AS "censusEntryId", coalesce(c.district_id, v.district_id) AS "districtId", v.user_id AS "userId",
              c.birth_year AS "birthYear", c.registered_voter AS "registeredVoter",
              v.link_to_area IS NOT NULL AS "linkedOnly"
         FROM census_entries c LEFT JOIN residency_verifications v ON v.census_entry_id = c.id
        WHERE c.code_hash = $1`,
      [this.hasher.hash(code)],
    );
    return row ?? null;
  }

  /** The census entry a verified account is bound to; null when it has none. */
  async entryOfUser(manager: EntityManager, userId: string): Promise<string | null> {
    const [row]: { id: string | null }[] = await manager.query(
      `SELECT census_entry_id AS id FROM residency_verifications WHERE user_id = $1`,
      [userId],
    );
    return row?.id ?? null;
  }
}

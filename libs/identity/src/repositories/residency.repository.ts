import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { EligibilityFacts } from '../eligibility/eligibility-rule';

/** How many residents are verified (erased accounts left out) and how many entries the census holds. */
export interface ResidentPopulation {
  verifiedResidents: number;
  censusSize: number;
}

/**
 * What a verified account's verification says of the person, read in one
 * statement: their census entry (null for a verification bound to none),
 * where they live (the entry's district, else the one staff checked in
 * person) and what eligibility rules read.
 */
export interface VerifiedVoter extends EligibilityFacts {
  censusEntryId: string | null;
  districtId: string | null;
}

/** The population of one district. */
export interface DistrictPopulation extends ResidentPopulation {
  districtId: string;
}

/** One verification row per resident, bound to at most one census entry. */
@Injectable()
export class ResidencyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The account's verification with its census entry; null when the account is not verified. */
  async verifiedVoter(manager: EntityManager, userId: string): Promise<VerifiedVoter | null> {
    const [row]: VerifiedVoter[] = await manager.query(
      `SELECT v.census_entry_id AS "censusEntryId", coalesce(c.district_id, v.district_id) AS "districtId",
              c.birth_year AS "birthYear", c.registered_voter AS "registeredVoter", v.link_to_area IS NOT NULL AS "linkedOnly"
         FROM residency_verifications v LEFT JOIN census_entries c ON c.id = v.census_entry_id
        WHERE v.user_id = $1`,
      [userId],
    );
    return row ?? null;
  }

  /** The census entry a verified account is bound to; null when it has none (or is not verified). */
  async censusEntryOf(manager: EntityManager, userId: string): Promise<string | null> {
    const [row]: { id: string | null }[] = await manager.query(
      `SELECT census_entry_id AS id FROM residency_verifications WHERE user_id = $1`,
      [userId],
    );
    return row?.id ?? null;
  }

  /** Birth year and voter flag of the bound census entry, and whether the person is linked rather than resident. */
  async eligibilityFacts(manager: EntityManager, userId: string): Promise<EligibilityFacts | null> {
    const [row]: EligibilityFacts[] = await manager.query(
      `SELECT c.birth_year AS "birthYear", c.registered_voter AS "registeredVoter", v.link_to_area IS NOT NULL AS "linkedOnly"
         FROM residency_verifications v LEFT JOIN census_entries c ON c.id = v.census_entry_id
        WHERE v.user_id = $1`,
      [userId],
    );
    return row ?? null;
  }

  /**
   * Commune-wide, or in one district (a verified resident's district as
   * verifiedVoter gives it). Counts over tables that grow with the population:
   * callers cache them (budgets' TurnoutService) rather than count per field.
   */
  async population(districtId: string | null = null): Promise<ResidentPopulation> {
    const [row]: ResidentPopulation[] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM residency_verifications v JOIN users u ON u.id = v.user_id
                 LEFT JOIN census_entries c ON c.id = v.census_entry_id
                WHERE u.erased_at IS NULL AND ($1::uuid IS NULL OR coalesce(c.district_id, v.district_id) = $1)) AS "verifiedResidents",
              (SELECT count(*)::int FROM census_entries WHERE $1::uuid IS NULL OR district_id = $1) AS "censusSize"`,
      [districtId],
    );
    return row;
  }

  /** `population` per district, in one statement: the districts that have census entries or verified residents. */
  async populationByDistrict(): Promise<DistrictPopulation[]> {
    return this.dataSource.query(
      `SELECT x.district_id AS "districtId", sum(x.verified)::int AS "verifiedResidents", sum(x.census)::int AS "censusSize"
         FROM (SELECT coalesce(c.district_id, v.district_id) AS district_id, 1 AS verified, 0 AS census
                 FROM residency_verifications v JOIN users u ON u.id = v.user_id
                 LEFT JOIN census_entries c ON c.id = v.census_entry_id
                WHERE u.erased_at IS NULL
               UNION ALL
               SELECT district_id, 0, 1 FROM census_entries) x
        WHERE x.district_id IS NOT NULL
        GROUP BY x.district_id`,
    );
  }

  /** Each verified resident whose district is known (as verifiedVoter gives it), with that district. */
  async residentDistricts(): Promise<{ userId: string; districtId: string }[]> {
    return this.dataSource.query(
      `SELECT v.user_id AS "userId", coalesce(c.district_id, v.district_id) AS "districtId"
         FROM residency_verifications v JOIN users u ON u.id = v.user_id
         LEFT JOIN census_entries c ON c.id = v.census_entry_id
        WHERE u.erased_at IS NULL AND coalesce(c.district_id, v.district_id) IS NOT NULL`,
    );
  }

  /** What the right-of-access archive shows of a verification (the district by name). */
  async verificationForArchive(manager: EntityManager, userId: string): Promise<Record<string, unknown>[]> {
    return manager.query(
      `SELECT v.method, v.reason AS "inPersonReason", v.link_to_area AS "linkToArea", v.created_at AS "verifiedAt",
              d.name AS district, c.birth_year AS "birthYear", c.registered_voter AS "registeredVoter"
         FROM residency_verifications v
         LEFT JOIN census_entries c ON c.id = v.census_entry_id
         LEFT JOIN districts d ON d.id = coalesce(c.district_id, v.district_id)
        WHERE v.user_id = $1`,
      [userId],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { normalizeCensusCode } from './census-code';
import { CensusHasher } from './census-hasher';
import { CensusPerson, CensusRepository } from '../repositories/census.repository';
import { ResidencyRepository } from '../repositories/residency.repository';

export type { CensusPerson } from '../repositories/census.repository';

/**
 * One person across voting channels: the census entry is who votes, whether
 * online (through the account a verification bound to it) or at a polling
 * place (by census code). Reads only; budgets ask it inside their own
 * transactions (paper ballots, docs/SECURITY.md "Paper ballots").
 */
@Injectable()
export class CensusPersonLookup {
  constructor(
    private readonly hasher: CensusHasher,
    private readonly census: CensusRepository,
    private readonly residencies: ResidencyRepository,
  ) {}

  /** The person holding this census code, or null when the code is malformed or unknown. */
  async byCode(manager: EntityManager, rawCode: string): Promise<CensusPerson | null> {
    const code = normalizeCensusCode(rawCode);
    if (!code) return null;
    return this.census.personByCodeHash(manager, this.hasher.hash(code));
  }

  /** The census entry a verified account is bound to; null when it has none. */
  entryOfUser(manager: EntityManager, userId: string): Promise<string | null> {
    return this.residencies.censusEntryOf(manager, userId);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { ResidencyService, ResidentPopulation } from '@quorum/identity';
import { LRUCache } from 'lru-cache';
import { BallotRepository } from '../repositories/ballot.repository';

export interface Turnout extends ResidentPopulation {
  /** Residents who voted (their last ballot counts). */
  ballots: number;
}

/** Budgets and districts whose figures a process keeps at once. */
const CACHED_KEYS = 1000;
const COMMUNE = 'commune';

/**
 * Turnout figures, each counted at most once per TURNOUT_CACHE_SECONDS per
 * process, whatever the number of requests, fields and aliases asking: a
 * budget's ballots (its participations) and the population it is measured
 * against (the commune, or the district of a district budget: identity's
 * counts over the census and the verifications, the costly part). Concurrent
 * misses share one count (lru-cache's fetch). With a cache time of 0, every
 * call counts (per request, the resolver's DataLoader still asks once).
 */
@Injectable()
export class TurnoutService {
  private readonly ballots: LRUCache<string, number> | null;
  private readonly populations: LRUCache<string, ResidentPopulation> | null;

  constructor(
    private readonly ballotRows: BallotRepository,
    private readonly residency: ResidencyService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const ttl = config.budgets.turnoutCacheSeconds * 1000;
    this.ballots =
      ttl > 0
        ? new LRUCache<string, number>({
            max: CACHED_KEYS,
            ttl,
            fetchMethod: (id) => this.ballotRows.countParticipations(id),
          })
        : null;
    this.populations =
      ttl > 0
        ? new LRUCache<string, ResidentPopulation>({
            max: CACHED_KEYS,
            ttl,
            fetchMethod: (key) => this.residency.population(key === COMMUNE ? null : key),
          })
        : null;
  }

  async of(budget: { id: string; districtId: string | null }): Promise<Turnout> {
    const [ballots, population] = await Promise.all([
      this.ballots ? this.ballots.fetch(budget.id) : this.ballotRows.countParticipations(budget.id),
      this.populations
        ? this.populations.fetch(budget.districtId ?? COMMUNE)
        : this.residency.population(budget.districtId),
    ]);
    if (ballots === undefined || population === undefined)
      throw new Error(`turnout of budget ${budget.id} not counted`);
    return { ballots, ...population };
  }
}

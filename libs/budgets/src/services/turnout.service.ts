import { Inject, Injectable } from '@nestjs/common';
import { ReadThroughCache } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { ResidencyService, ResidentPopulation } from '@quorum/identity';
import { ChannelCounts, InPersonVoteRepository } from '../repositories/in-person-vote.repository';

export interface Turnout extends ResidentPopulation, ChannelCounts {
  /** Ballots that count: online (a resident's last) and paper. */
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
 * counts over the census and the verifications, the costly part). Ballots
 * are counted by channel (online, paper, set aside) in one pass. Concurrent
 * misses share one count (lru-cache's fetch). With a cache time of 0, every
 * call counts (per request, the resolver's DataLoader still asks once).
 */
@Injectable()
export class TurnoutService {
  private readonly ballots: ReadThroughCache<ChannelCounts>;
  private readonly populations: ReadThroughCache<ResidentPopulation>;

  constructor(ballotRows: InPersonVoteRepository, residency: ResidencyService, @Inject(APP_CONFIG) config: AppConfig) {
    const options = { ttlMs: config.budgets.turnoutCacheSeconds * 1000, max: CACHED_KEYS };
    this.ballots = new ReadThroughCache((id) => ballotRows.channelCounts(id), options);
    this.populations = new ReadThroughCache((key) => residency.population(key === COMMUNE ? null : key), options);
  }

  async of(budget: { id: string; districtId: string | null }): Promise<Turnout> {
    const [channels, population] = await Promise.all([
      this.ballots.get(budget.id),
      this.populations.get(budget.districtId ?? COMMUNE),
    ]);
    return { ballots: channels.online + channels.paper, ...channels, ...population };
  }
}

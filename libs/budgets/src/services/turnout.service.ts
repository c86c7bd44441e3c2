import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { ResidencyService, ResidentPopulation } from '@quorum/identity';
import { LRUCache } from 'lru-cache';
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
  private readonly ballots: LRUCache<string, ChannelCounts> | null;
  private readonly populations: LRUCache<string, ResidentPopulation> | null;

  constructor(
    private readonly ballotRows: InPersonVoteRepository,
    private readonly residency: ResidencyService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const ttl = config.budgets.turnoutCacheSeconds * 1000;
    this.ballots =
      ttl > 0
        ? new LRUCache<string, ChannelCounts>({
            max: CACHED_KEYS,
            ttl,
            fetchMethod: (id) => this.ballotRows.channelCounts(id),
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
    const [channels, population] = await Promise.all([
      this.ballots ? this.ballots.fetch(budget.id) : this.ballotRows.channelCounts(budget.id),
      this.populations
        ? this.populations.fetch(budget.districtId ?? COMMUNE)
        : this.residency.population(budget.districtId),
    ]);
    if (channels === undefined || population === undefined)
      throw new Error(`turnout of budget ${budget.id} not counted`);
    return { ballots: channels.online + channels.paper, ...channels, ...population };
  }
}

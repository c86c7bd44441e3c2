import { Inject, Injectable } from '@nestjs/common';
import { ReadThroughCache } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { ResidencyService, ResidentPopulation } from '@quorum/identity';
import { ParticipationKeysRepository } from '../repositories/participation-keys.repository';
import { VoterKey } from './voter-key';

/** The turnout of a city-wide budget in one district. */
export interface DistrictTurnout extends ResidentPopulation {
  districtId: string;
  /** Residents of the district who voted (their last ballot counts). */
  ballots: number;
}

const CACHED_BUDGETS = 100;

/**
 * Turnout by district of a city-wide budget (issue #19.5). Participations
 * name voters only by a keyed hash of budget and account, so the district of
 * each participation is found from the other side: the keys of the verified
 * residents whose district is known, computed here with the server's secret,
 * matched against the budget's keys. Nothing is stored; only counts leave.
 * The work grows with the verified residents and the ballots, so each
 * budget's figures are counted at most once per TURNOUT_CACHE_SECONDS per
 * process (concurrent misses share one count), like the budget's turnout.
 * A district budget has none (its turnout is its district's).
 */
@Injectable()
export class DistrictTurnoutService {
  private readonly figures: ReadThroughCache<DistrictTurnout[]>;

  constructor(
    private readonly keys: ParticipationKeysRepository,
    private readonly residency: ResidencyService,
    private readonly voterKey: VoterKey,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.figures = new ReadThroughCache((id) => this.count(id), {
      ttlMs: config.budgets.turnoutCacheSeconds * 1000,
      max: CACHED_BUDGETS,
    });
  }

  async of(budget: { id: string; districtId: string | null }): Promise<DistrictTurnout[]> {
    return budget.districtId ? [] : this.figures.get(budget.id);
  }

  private async count(budgetId: string): Promise<DistrictTurnout[]> {
    const [voted, residents, populations] = await Promise.all([
      this.keys.keysOf(budgetId).then((keys) => new Set(keys)),
      this.residency.residentDistricts(),
      this.residency.populationByDistrict(),
    ]);
    const ballots = new Map<string, number>();
    if (voted.size > 0)
      for (const { userId, districtId } of residents)
        if (voted.has(this.voterKey.of(budgetId, userId))) ballots.set(districtId, (ballots.get(districtId) ?? 0) + 1);
    return populations.map((p) => ({ ...p, ballots: ballots.get(p.districtId) ?? 0 }));
  }
}

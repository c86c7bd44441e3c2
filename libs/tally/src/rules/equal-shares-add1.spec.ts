import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { compileProfile } from '../model/compiled-profile';
import type { TallyProfile } from '../model/tally-profile';
import { parsePabulib } from '../pabulib/pabulib.parser';
import { pabulibToProfile } from '../pabulib/pabulib-profile';
import { PABULIB_DATA } from '../../test/pabulib-data';
import { profileArbitrary } from '../../test/profile.arbitrary';
import { equalSharesAdd1 } from './equal-shares-add1.rule';
import type { Add1Stop, MesUtility } from './tally-rule';

const STOPS: readonly Add1Stop[] = ['over-budget', 'exhaustive'];

/** Money in small units: costs and budget × 1000, so ADD1 takes hundreds of increments k. */
function inSmallUnits(p: TallyProfile, factor: number): TallyProfile {
  const scale = (x: string) => String(Math.round(Number(x) * factor));
  return { ...p, budget: scale(p.budget), projects: p.projects.map((q) => ({ ...q, cost: scale(q.cost) })) };
}

function bothWays(profile: TallyProfile, utility: MesUtility, stop: Add1Stop) {
  const cp = compileProfile(profile);
  const fast = equalSharesAdd1(cp, { utility, stop });
  const naive = equalSharesAdd1(cp, { utility, stop, naive: true });
  return { fast, naive };
}

describe('ADD1 jumping over increments whose outcome cannot change', () => {
  it.each(['cost', 'approval', 'points'] as const)(
    'utility %s: the same outcome and increment as running every k = 0, 1, 2… (random elections)',
    (utility) => {
      let jumped = 0;
      fc.assert(
        fc.property(
          profileArbitrary(utility === 'points' ? ['cumulative', 'ordinal'] : undefined),
          fc.constantFrom(1, 100, 1000, 7919),
          fc.constantFrom(...STOPS),
          fc.constantFrom(1e-10, 1),
          (profile, factor, stop, nearTieTolerance) => {
            const small = inSmallUnits(profile, factor);
            const cp = compileProfile(small);
            const fast = equalSharesAdd1(cp, { utility, stop, nearTieTolerance });
            const naive = equalSharesAdd1(cp, { utility, stop, naive: true });
            expect({ winners: fast.winners, increment: fast.increment }).toEqual({
              winners: naive.winners,
              increment: naive.increment,
            });
            if (fast.runs < naive.runs) jumped++;
          },
        ),
        { numRuns: 150 },
      );
      expect(jumped).toBeGreaterThan(20); // the property is about jumps: they must happen
    },
  );

  it.each([
    ['Poland_Wieliczka_2023_Green_Budget.pb', 'cost'],
    ['Poland_Wieliczka_2023_Green_Budget.pb', 'approval'],
    ['Poland_Warszawa_2019_Brodno.pb', 'cost'],
    ['Poland_Warszawa_2019_Brodno.pb', 'approval'],
    ['Poland_Czestochowa_2020_Rakow.pb', 'points'],
    ['Poland_Krakow_2018_Bronowice.pb', 'points'],
    ['Poland_Warszawa_2018_Grochow_Kinowa.pb', 'cost'],
    ['Poland_Zabrze_2021_Konczyce.pb', 'cost'],
    ['US_Stanford_Dataset_Your_Voice_Your_Choice_Parks_and_Streets-_Seattle_2019_District_3_vote_knapsacks.pb', 'cost'],
  ] as const)('%s, utility %s: the same outcome as the naive loop, in fewer runs', (file, utility) => {
    const profile = pabulibToProfile(parsePabulib(readFileSync(join(PABULIB_DATA, file), 'utf8')));
    for (const stop of STOPS) {
      const { fast, naive } = bothWays(profile, utility, stop);
      expect({ winners: fast.winners, increment: fast.increment }).toEqual({
        winners: naive.winners,
        increment: naive.increment,
      });
      expect(fast.runs).toBeLessThanOrEqual(naive.runs);
    }
  });
});

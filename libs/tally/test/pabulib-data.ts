import { join } from 'node:path';

/** The Pabulib sample committed with the repository (test/fixtures/pabulib, see its README); PABULIB_DATA overrides it. */
export const PABULIB_DATA = process.env.PABULIB_DATA ?? join(__dirname, '../../../test/fixtures/pabulib');

export const PABULIB_FILES = [
  'Poland_Czestochowa_2020_Rakow.pb',
  'Poland_Krakow_2018_Bronowice.pb',
  'Poland_Lodz_2022.pb',
  'Poland_Warszawa_2019_Brodno.pb',
  'Poland_Wieliczka_2023_Green_Budget.pb',
] as const;

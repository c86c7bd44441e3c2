import { registerEnumType } from '@nestjs/graphql';

/** How the winners are computed from the ballots (libs/tally). */
export enum TallyRule {
  GREEDY = 'GREEDY',
  GREEDY_NO_SKIP = 'GREEDY_NO_SKIP',
  EQUAL_SHARES = 'EQUAL_SHARES',
  SEQUENTIAL_PHRAGMEN = 'SEQUENTIAL_PHRAGMEN',
}

registerEnumType(TallyRule, {
  name: 'TallyRule',
  description:
    'GREEDY: most votes first while money lasts (skipping projects that no longer fit); GREEDY_NO_SKIP: the same, stopping at the first project that does not fit (as many cities do); EQUAL_SHARES: Method of Equal Shares (with ADD1 completion unless disabled); SEQUENTIAL_PHRAGMEN.',
});

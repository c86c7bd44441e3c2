import { registerEnumType } from '@nestjs/graphql';

/** How the winners are computed from the ballots (libs/tally). */
export enum TallyRule {
  GREEDY = 'GREEDY',
  EQUAL_SHARES = 'EQUAL_SHARES',
  SEQUENTIAL_PHRAGMEN = 'SEQUENTIAL_PHRAGMEN',
}

registerEnumType(TallyRule, {
  name: 'TallyRule',
  description:
    'GREEDY: most votes first while money lasts; EQUAL_SHARES: Method of Equal Shares (with ADD1 completion unless disabled); SEQUENTIAL_PHRAGMEN.',
});

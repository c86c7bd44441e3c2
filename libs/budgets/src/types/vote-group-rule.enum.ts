import { registerEnumType } from '@nestjs/graphql';

/** How many budgets of a vote group one person may vote in. */
export enum VoteGroupRule {
  /** Every budget of the group (Decidim's "all"): the group only presents them together. */
  ALL = 'ALL',
  /** One budget of the group only (Decidim's "one"; Paris: one arrondissement). */
  EXACTLY_ONE = 'EXACTLY_ONE',
  /** At most `maxBudgets` budgets of the group. */
  UP_TO_N = 'UP_TO_N',
}

registerEnumType(VoteGroupRule, {
  name: 'VoteGroupRule',
  description: 'How many budgets of a vote group one person may vote in.',
  valuesMap: {
    ALL: { description: 'Every budget of the group (Decidim\'s "all").' },
    EXACTLY_ONE: { description: 'One budget of the group only (Decidim\'s "one").' },
    UP_TO_N: { description: 'At most maxBudgets budgets of the group.' },
  },
});

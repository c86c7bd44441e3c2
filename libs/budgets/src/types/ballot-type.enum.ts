import { registerEnumType } from '@nestjs/graphql';

/** How residents vote; each maps to one libs/tally ballot validator. */
export enum BallotType {
  APPROVAL = 'APPROVAL',
  KNAPSACK = 'KNAPSACK',
  CUMULATIVE = 'CUMULATIVE',
  ORDINAL = 'ORDINAL',
}

registerEnumType(BallotType, {
  name: 'BallotType',
  description:
    'APPROVAL: pick projects; KNAPSACK: pick projects within the budget; CUMULATIVE: spread points; ORDINAL: rank projects.',
});

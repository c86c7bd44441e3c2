import { registerEnumType } from '@nestjs/graphql';

export enum ProposalOrder {
  MOST_SUPPORTED = 'MOST_SUPPORTED',
  RECENT = 'RECENT',
  /** Shuffled by a seed, so that every page of one listing uses the same order. */
  RANDOM = 'RANDOM',
}

registerEnumType(ProposalOrder, { name: 'ProposalOrder' });

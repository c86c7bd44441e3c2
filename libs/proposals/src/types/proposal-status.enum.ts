import { registerEnumType } from '@nestjs/graphql';

/** The status residents see: the published official answer, when there is one, wins over PUBLISHED. */
export enum ProposalStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  EVALUATING = 'EVALUATING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

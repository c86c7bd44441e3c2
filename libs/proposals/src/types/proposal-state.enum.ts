/** What the author did with a proposal (stored); the public status also reflects the official answer. */
export enum ProposalState {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}

import { registerEnumType } from '@nestjs/graphql';

/** The steps of a consultation, in their natural order; any of them may be skipped. */
export enum PhaseKind {
  PROPOSALS = 'PROPOSALS',
  SUPPORTS = 'SUPPORTS',
  REVIEW = 'REVIEW',
  VOTING = 'VOTING',
  RESULTS = 'RESULTS',
}

registerEnumType(PhaseKind, {
  name: 'PhaseKind',
  description:
    'PROPOSALS: submission; SUPPORTS: residents back proposals; REVIEW: staff answer; VOTING: participatory budget vote; RESULTS.',
});

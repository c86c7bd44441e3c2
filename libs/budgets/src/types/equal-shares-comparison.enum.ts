import { registerEnumType } from '@nestjs/graphql';

/** The comparison step of Equal Shares as Wieliczka and Świecie ran it (libs/tally `MesComparison`). */
export enum EqualSharesComparison {
  SATISFACTION = 'SATISFACTION',
  EXCLUSION_RATIO = 'EXCLUSION_RATIO',
}

registerEnumType(EqualSharesComparison, {
  name: 'EqualSharesComparison',
  description:
    "After Equal Shares, greedy's outcome replaces it if strictly more voters prefer it. SATISFACTION: a voter prefers the outcome funding more of their ballot's projects; EXCLUSION_RATIO: the one funding at least one of them when the other funds none.",
});

/** libs/tally's name of the criterion (also the `.pb` META `comparison` value). */
export function mesComparisonOf(c: EqualSharesComparison): 'satisfaction' | 'exclusion-ratio' {
  return c === EqualSharesComparison.SATISFACTION ? 'satisfaction' : 'exclusion-ratio';
}

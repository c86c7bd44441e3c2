import type { BudgetDetailsFragment } from '../graphql/generated/graphql';

type Timing = Pick<BudgetDetailsFragment, 'status' | 'votingOpensAt' | 'votingClosesAt'>;

/** Where a budget stands for a visitor: the status, and for an open one whether its window has begun or ended. */
export type BudgetPhase = 'UPCOMING' | 'VOTING' | 'COUNTING' | 'PUBLISHED';

export function phaseOf(budget: Timing, now: Date): BudgetPhase {
  if (budget.status === 'PUBLISHED') return 'PUBLISHED';
  if (budget.status === 'OPEN') {
    if (now < new Date(budget.votingOpensAt)) return 'UPCOMING';
    if (now < new Date(budget.votingClosesAt)) return 'VOTING';
  }
  return 'COUNTING';
}

/** A district's name from the commune's list (ids alone mean nothing to a visitor). */
export function districtName(districts: { id: string; name: string }[], id: string | null | undefined): string | null {
  return id ? (districts.find((d) => d.id === id)?.name ?? null) : null;
}

/** Paragraphs of a plain-text description (blank lines separate them). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

import type { PhaseKind } from '../graphql/generated/graphql';

export interface PhaseTiming {
  kind: PhaseKind;
  startsAt: string;
  endsAt: string;
}

/** Where a consultation stands for the list's sections. */
export type ConsultationStage = 'IN_PROGRESS' | 'UPCOMING' | 'CLOSED';

export function sortedPhases<P extends PhaseTiming>(phases: P[]): P[] {
  return [...phases].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

export function stageOf(phases: PhaseTiming[], now: Date): ConsultationStage {
  const sorted = sortedPhases(phases);
  if (sorted.length === 0 || now.getTime() < Date.parse(sorted[0].startsAt)) return 'UPCOMING';
  if (now.getTime() >= Date.parse(sorted[sorted.length - 1].endsAt)) return 'CLOSED';
  return 'IN_PROGRESS';
}

/** The last day a phase is open: phases end exclusively (at midnight), so "until" names the day before. */
export function lastDay(endsAt: string): Date {
  return new Date(Date.parse(endsAt) - 1000);
}

/** The phase that opens next after `now`, if any. */
export function nextPhase<P extends PhaseTiming>(phases: P[], now: Date): P | undefined {
  return sortedPhases(phases).find((p) => Date.parse(p.startsAt) > now.getTime());
}

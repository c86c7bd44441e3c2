import { PhaseKind } from '../types/phase-kind.enum';

export interface PhaseWindow {
  kind: PhaseKind;
  startsAt: Date;
  endsAt: Date;
}

/** The phase open at `now` (start inclusive, end exclusive); null between or outside phases. */
export function currentPhase(phases: readonly PhaseWindow[], now: Date): PhaseKind | null {
  const open = phases.find((p) => p.startsAt.getTime() <= now.getTime() && now.getTime() < p.endsAt.getTime());
  return open?.kind ?? null;
}

/** Field errors for phases that end before they start, repeat a kind, or overlap. */
export function phaseProblems(phases: readonly PhaseWindow[], field: string): { field: string; messages: string[] }[] {
  const problems: { field: string; messages: string[] }[] = [];
  phases.forEach((phase, i) => {
    if (phase.endsAt.getTime() <= phase.startsAt.getTime()) {
      problems.push({ field: `${field}.${i}.endsAt`, messages: ['must be after startsAt'] });
    }
    if (phases.findIndex((p) => p.kind === phase.kind) !== i) {
      problems.push({ field: `${field}.${i}.kind`, messages: ['each phase kind may appear once'] });
    }
    const overlapping = phases.findIndex((p, j) => j < i && p.startsAt < phase.endsAt && phase.startsAt < p.endsAt);
    if (overlapping >= 0)
      problems.push({ field: `${field}.${i}`, messages: [`overlaps phase ${phases[overlapping].kind}`] });
  });
  return problems;
}

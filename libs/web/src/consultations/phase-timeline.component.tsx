import type { PhaseKind } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { lastDay, PhaseTiming, sortedPhases } from './consultation-timing';

/** The phases in order, the current one marked (aria-current) and each one's dates in words. */
export function PhaseTimeline({
  phases,
  current,
  now,
}: {
  phases: PhaseTiming[];
  current: PhaseKind | null | undefined;
  now: Date;
}) {
  const { i18n } = usePage();
  const t = useT();
  return (
    <ol class="timeline">
      {sortedPhases(phases).map((phase) => {
        const isCurrent = phase.kind === current;
        const done = !isCurrent && Date.parse(phase.endsAt) <= now.getTime();
        const name = t('consultations.phase', { kind: phase.kind });
        const state = isCurrent ? 'current' : done ? 'done' : 'next';
        return (
          <li
            key={phase.kind}
            class={`timeline__step timeline__step--${state}`}
            aria-current={isCurrent ? 'step' : undefined}
          >
            <span class="timeline__name">
              {isCurrent
                ? t('consultations.phase.openUntil', { phase: name, date: i18n.date(lastDay(phase.endsAt)) })
                : t('consultations.phase.from', {
                    phase: name,
                    start: i18n.date(phase.startsAt),
                    end: i18n.date(lastDay(phase.endsAt)),
                  })}
            </span>{' '}
            <span class="timeline__state">({t(`consultations.phase.${state}`)})</span>
          </li>
        );
      })}
    </ol>
  );
}

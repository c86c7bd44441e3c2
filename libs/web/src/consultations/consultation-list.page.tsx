import { districtName } from '../budgets/budget-view';
import type { ConsultationsQuery, ConsultationSummaryFragment } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import type { MessageKey } from '../i18n/catalogue';
import { FilterSelect, districtOptions } from '../forms/filter-fields.component';
import { Layout } from '../layout/layout.component';
import { consultationLinks, links } from '../routes/paths';
import { ConsultationStage, lastDay, sortedPhases, stageOf } from './consultation-timing';

type Districts = ConsultationsQuery['municipality']['districts'];

function Card({
  consultation,
  districts,
  now,
}: {
  consultation: ConsultationSummaryFragment;
  districts: Districts;
  now: Date;
}) {
  const { i18n } = usePage();
  const t = useT();
  const phases = sortedPhases(consultation.phases);
  const current = phases.find((p) => p.kind === consultation.currentPhase);
  const stage = stageOf(phases, now);
  const district = districtName(districts, consultation.districtId);
  let when = '';
  if (current) {
    const phase = t('consultations.phase', { kind: current.kind });
    when = t('consultations.phase.openUntil', { phase, date: i18n.date(lastDay(current.endsAt)) });
  } else if (stage === 'UPCOMING' && phases[0]) {
    when = t('consultations.list.opensOn', { date: i18n.date(phases[0].startsAt) });
  } else if (stage === 'CLOSED' && phases.length > 0) {
    when = t('consultations.list.closedOn', { date: i18n.date(lastDay(phases[phases.length - 1].endsAt)) });
  }
  return (
    <li class="card">
      <h3 class="card__title">
        <a href={consultationLinks.consultation(consultation.id)}>{consultation.title}</a>
      </h3>
      {when && <p class="card__meta">{when}</p>}
      <p class="card__meta">
        {district ? t('consultations.district', { name: district }) : t('consultations.wholeCommune')} ·{' '}
        {t('consultations.figures', consultation.figures)}
      </p>
    </li>
  );
}

const SECTIONS: { stage: ConsultationStage; title: MessageKey; empty: MessageKey }[] = [
  { stage: 'IN_PROGRESS', title: 'consultations.list.inProgress', empty: 'consultations.list.inProgressEmpty' },
  { stage: 'UPCOMING', title: 'consultations.list.upcoming', empty: 'consultations.list.upcomingEmpty' },
  { stage: 'CLOSED', title: 'consultations.list.closed', empty: 'consultations.list.closedEmpty' },
];

/** Consultations in progress, upcoming and closed, optionally those of one district (and the whole commune's). */
export function ConsultationListPage({
  data,
  districtId,
  now,
}: {
  data: ConsultationsQuery;
  districtId: string | undefined;
  now: Date;
}) {
  const t = useT();
  const title = t('consultations.list.title');
  const districts = data.municipality.districts;
  const all = data.consultations.edges
    .map((e) => e.node)
    .filter((c) => !districtId || c.districtId === null || c.districtId === districtId);
  return (
    <Layout title={title} breadcrumb={[{ label: t('layout.nav.home'), href: links.home() }, { label: title }]}>
      <h1>{title}</h1>
      <p class="lead">{t('consultations.list.intro')}</p>
      {districts.length > 0 && (
        <form class="filters filters--inline" method="get" action={consultationLinks.consultations()}>
          <FilterSelect
            id="quartier"
            label={t('consultations.list.district')}
            value={districtId}
            all={t('consultations.list.allDistricts')}
            options={districtOptions(districts)}
          />
          <button class="button button--secondary" type="submit">
            {t('consultations.list.apply')}
          </button>
        </form>
      )}
      {SECTIONS.map((section) => {
        const items = all.filter((c) => stageOf(c.phases, now) === section.stage);
        const id = `section-${section.stage.toLowerCase()}`;
        return (
          <section key={section.stage} aria-labelledby={id}>
            <h2 id={id}>{t(section.title)}</h2>
            {items.length === 0 ? (
              <p>{t(section.empty)}</p>
            ) : (
              <ul class="card-list">
                {items.map((c) => (
                  <Card key={c.id} consultation={c} districts={districts} now={now} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </Layout>
  );
}

import { districtName } from '../budgets/budget-view';
import type { ConsultationQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { consultationLinks, links } from '../routes/paths';
import { lastDay, nextPhase, sortedPhases, stageOf } from './consultation-timing';
import { PhaseTimeline } from './phase-timeline.component';
import { supportEligibilitySentences } from './support-eligibility';

type Consultation = ConsultationQuery['consultation'];

/** "What you can do now", from the phase open by the server clock. */
function NowText({ consultation, now }: { consultation: Consultation; now: Date }) {
  const { i18n } = usePage();
  const t = useT();
  const current = consultation.phases.find((p) => p.kind === consultation.currentPhase);
  if (current) {
    const date = i18n.date(lastDay(current.endsAt));
    return <p>{t(`consultations.page.now.${current.kind}`, { date, limit: consultation.supportLimit })}</p>;
  }
  const stage = stageOf(consultation.phases, now);
  const next = nextPhase(consultation.phases, now);
  if (stage === 'UPCOMING' && next)
    return <p>{t('consultations.page.now.before', { date: i18n.date(next.startsAt) })}</p>;
  if (stage === 'IN_PROGRESS' && next)
    return <p>{t('consultations.page.now.between', { date: i18n.date(next.startsAt) })}</p>;
  return <p>{t('consultations.page.now.after')}</p>;
}

export interface ConsultationPageProps {
  data: ConsultationQuery;
  now: Date;
  /** Staff's preview (back office): the same page, under a banner saying residents do not see it from here. */
  preview?: { back: string };
}

export function ConsultationPage({ data, now, preview }: ConsultationPageProps) {
  const { i18n } = usePage();
  const t = useT();
  const consultation = data.consultation;
  const district = districtName(data.municipality.districts, consultation.districtId);
  const figures = consultation.figures;
  const canSubmit = consultation.currentPhase === 'PROPOSALS' && links.newProposal;
  const crumbs = [
    { label: t('layout.nav.home'), href: links.home() },
    { label: t('consultations.list.title'), href: consultationLinks.consultations() },
    { label: consultation.title },
  ];
  return (
    <Layout title={consultation.title} breadcrumb={crumbs}>
      <h1>{consultation.title}</h1>
      {preview && (
        <section class="panel preview-banner" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('consultations.preview.title')}</h2>
          <p>
            {consultation.published ? t('consultations.preview.published') : t('consultations.preview.unpublished')}
          </p>
          <p>
            <a href={preview.back}>{t('consultations.preview.back')}</a>
          </p>
        </section>
      )}
      <p class="lead">{district ? t('consultations.district', { name: district }) : t('consultations.wholeCommune')}</p>
      <section class="panel" aria-labelledby="now-title">
        <h2 id="now-title">{t('consultations.page.now')}</h2>
        <NowText consultation={consultation} now={now} />
        <p class="button-group">
          {canSubmit && links.newProposal && (
            <a class="button" href={links.newProposal(consultation.id)}>
              {t('consultations.page.newProposal')}
            </a>
          )}
          <a
            class={canSubmit ? 'button button--secondary' : 'button'}
            href={consultationLinks.proposals(consultation.id)}
          >
            {t('consultations.page.seeProposals')}
          </a>
        </p>
      </section>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('consultations.page.timeline')}</h2>
        <PhaseTimeline phases={sortedPhases(consultation.phases)} current={consultation.currentPhase} now={now} />
      </section>
      <section aria-labelledby="about-title">
        <h2 id="about-title">{t('consultations.page.about')}</h2>
        {/* Sanitised by the API (renderMarkdown). */}
        <div class="prose" dangerouslySetInnerHTML={{ __html: consultation.descriptionHtml }} />
        {consultation.supportThreshold > 0 && (
          <p>{t('consultations.page.threshold', { threshold: consultation.supportThreshold })}</p>
        )}
        {supportEligibilitySentences(consultation, t).map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </section>
      {consultation.categories.length > 0 && (
        <section aria-labelledby="categories-title">
          <h2 id="categories-title">{t('consultations.page.categories')}</h2>
          <ul class="tags">
            {consultation.categories.map((c) => (
              <li key={c.id}>{c.name}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="figures-title">
        <h2 id="figures-title">{t('consultations.page.figures')}</h2>
        <dl class="figures">
          {(['proposals', 'supports', 'participants'] as const).map((name) => (
            <div key={name} class="figures__item">
              <dt>{t(`consultations.page.figure.${name}`, { count: figures[name] })}</dt>
              <dd>{i18n.number(figures[name])}</dd>
            </div>
          ))}
        </dl>
      </section>
    </Layout>
  );
}

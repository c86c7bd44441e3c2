import type { HomeQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { MaybeLink } from '../layout/maybe-link.component';
import { links } from '../routes/paths';

type Data = HomeQuery;

function JoinPanel() {
  const { viewer } = usePage();
  const t = useT();
  if (viewer?.verified) return null;
  if (viewer) {
    return (
      <section class="panel" aria-labelledby="verify-title">
        <h2 id="verify-title">{t('home.verify.title')}</h2>
        <p>{t('home.verify.body')}</p>
        <p>
          <a class="button" href={links.residency()}>
            {t('home.verify.action')}
          </a>
        </p>
      </section>
    );
  }
  return (
    <section class="panel" aria-labelledby="join-title">
      <h2 id="join-title">{t('home.join.title')}</h2>
      <p>{t('home.join.body')}</p>
      <p class="button-group">
        <a class="button" href={links.signUp()}>
          {t('home.join.signUp')}
        </a>
        <a class="button button--secondary" href={links.signIn()}>
          {t('home.join.signIn')}
        </a>
      </p>
    </section>
  );
}

function Consultations({ data }: { data: Data }) {
  const { i18n } = usePage();
  const t = useT();
  const current = data.consultations.edges
    .map((edge) => edge.node)
    .filter((consultation) => consultation.currentPhase !== null);
  return (
    <section class="home-section" aria-labelledby="consultations-title">
      <h2 id="consultations-title">{t('home.consultations.title')}</h2>
      {current.length === 0 ? (
        <p>{t('home.consultations.empty')}</p>
      ) : (
        <ul class="card-list">
          {current.map((consultation) => {
            const phase = consultation.phases.find((p) => p.kind === consultation.currentPhase);
            return (
              <li class="card" key={consultation.id}>
                <h3 class="card__title">
                  <MaybeLink href={links.consultation?.(consultation.id)}>{consultation.title}</MaybeLink>
                </h3>
                {phase && (
                  <p class="card__meta">
                    {t('home.consultations.phase', { phase: phase.kind, date: i18n.date(phase.endsAt) })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Budgets({ data }: { data: Data }) {
  const { i18n } = usePage();
  const t = useT();
  const open = data.openBudgets.edges.map((edge) => edge.node);
  const published = data.publishedBudgets.edges.map((edge) => edge.node);
  return (
    <section class="home-section" aria-labelledby="budgets-title">
      <h2 id="budgets-title">{t('home.budgets.title')}</h2>
      <h3>{t('home.budgets.open')}</h3>
      {open.length === 0 ? (
        <p>{t('home.budgets.openEmpty')}</p>
      ) : (
        <ul class="card-list">
          {open.map((budget) => (
            <li class="card" key={budget.id}>
              <h4 class="card__title">
                <MaybeLink href={links.budget?.(budget.id)}>{budget.title}</MaybeLink>
              </h4>
              <p class="card__meta">
                {t('home.budgets.openItem', {
                  amount: i18n.amount(budget.totalAmount),
                  date: i18n.dateTime(budget.votingClosesAt),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('home.budgets.results')}</h3>
      {published.length === 0 ? (
        <p>{t('home.budgets.resultsEmpty')}</p>
      ) : (
        <ul class="card-list">
          {published.map((budget) => (
            <li class="card" key={budget.id}>
              <h4 class="card__title">
                <MaybeLink href={links.budget?.(budget.id)}>{budget.title}</MaybeLink>
              </h4>
              <p class="card__meta">
                {t('home.budgets.resultItem', {
                  amount: i18n.amount(budget.totalAmount),
                  ballots: budget.turnout.ballots,
                  date: budget.publishedAt ? i18n.date(budget.publishedAt) : '',
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Reports({ data }: { data: Data }) {
  const { i18n } = usePage();
  const t = useT();
  const reports = data.issueReports.edges.map((edge) => edge.node);
  return (
    <section class="home-section" aria-labelledby="reports-title">
      <h2 id="reports-title">{t('home.reports.title')}</h2>
      {reports.length === 0 ? (
        <p>{t('home.reports.empty')}</p>
      ) : (
        <ul class="card-list">
          {reports.map((report) => (
            <li class="card" key={report.id}>
              <h3 class="card__title">
                <MaybeLink href={links.issueReport?.(report.id)}>
                  {t('home.reports.item', {
                    category: report.category.name,
                    place: report.address ?? report.districtName ?? t('home.reports.noPlace'),
                  })}
                </MaybeLink>
              </h3>
              <p class="card__meta">
                {t('home.reports.meta', {
                  status: t('home.reports.status', { status: report.status }),
                  date: i18n.date(report.createdAt),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Figures({ data }: { data: Data }) {
  const { i18n } = usePage();
  const t = useT();
  const f = data.keyFigures;
  const figures = [
    { count: f.participants, label: t('home.figures.participants', { count: f.participants }) },
    { count: f.proposals, label: t('home.figures.proposals', { count: f.proposals }) },
    { count: f.supports, label: t('home.figures.supports', { count: f.supports }) },
    { count: f.ballots, label: t('home.figures.ballots', { count: f.ballots }) },
    {
      count: f.issueReports,
      label: t('home.figures.reports', { count: f.issueReports, fixed: f.fixedIssueReports }),
    },
  ];
  return (
    <section class="home-section" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('home.figures.title')}</h2>
      <ul class="figures">
        {figures.map((figure) => (
          <li class="figures__item" key={figure.label}>
            {figure.count > 0 && <span class="figures__number">{i18n.number(figure.count)} </span>}
            <span class="figures__label">{figure.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HomePage({ data }: { data: Data }) {
  const { site } = usePage();
  const t = useT();
  const title = t('home.title', { municipality: site.name });
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="lead">{t('home.intro')}</p>
      <JoinPanel />
      <Consultations data={data} />
      <Budgets data={data} />
      <Reports data={data} />
      <Figures data={data} />
    </Layout>
  );
}

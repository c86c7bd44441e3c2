import type { BudgetQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { budgetLinks, links } from '../routes/paths';
import { BudgetRules } from './budget-rules.component';
import { districtName, paragraphs, phaseOf } from './budget-view';
import type { ProjectFilters } from './project-filters';
import { ProjectList } from './project-list.component';

/** What the visitor can do now: vote (or sign in, or verify first), wait, or read the results. */
function NextStep({ data, now }: { data: BudgetQuery; now: Date }) {
  const { viewer, i18n } = usePage();
  const t = useT();
  const { budget } = data;
  const ballot = budgetLinks.ballot(budget.id);
  switch (phaseOf(budget, now)) {
    case 'UPCOMING':
      return <p class="panel">{t('budgets.next.upcoming', { date: i18n.dateTime(budget.votingOpensAt) })}</p>;
    case 'COUNTING':
      return <p class="panel">{t('budgets.next.counting')}</p>;
    case 'PUBLISHED':
      return (
        <p class="panel">
          <a class="button" href={budgetLinks.budgetResults(budget.id)}>
            {t('budgets.next.results')}
          </a>
        </p>
      );
    case 'VOTING':
      return (
        <div class="panel">
          <p>{t('budgets.next.voting', { date: i18n.dateTime(budget.votingClosesAt) })}</p>
          {data.myBallot && <p>{t('budgets.next.alreadyVoted')}</p>}
          <p class="button-group">
            {!viewer ? (
              <a class="button" href={links.signIn(ballot)}>
                {t('budgets.next.signIn')}
              </a>
            ) : !viewer.verified ? (
              <a class="button" href={links.residency(ballot)}>
                {t('budgets.next.verify')}
              </a>
            ) : (
              <a class="button" href={ballot}>
                {data.myBallot ? t('budgets.next.revote') : t('budgets.next.vote')}
              </a>
            )}
          </p>
        </div>
      );
  }
}

export function BudgetPage({ data, now, filters }: { data: BudgetQuery; now: Date; filters: ProjectFilters }) {
  const t = useT();
  const { budget } = data;
  const districts = data.municipality.districts;
  const crumbs = [
    { label: t('layout.nav.home'), href: links.home() },
    { label: t('budgets.list.title'), href: budgetLinks.budgets() },
    { label: budget.title },
  ];
  return (
    <Layout title={budget.title} breadcrumb={crumbs}>
      <h1>{budget.title}</h1>
      {paragraphs(budget.description).map((text) => (
        <p class="lead" key={text}>
          {text}
        </p>
      ))}
      <NextStep data={data} now={now} />
      <section class="budget-section" aria-labelledby="rules-title">
        <h2 id="rules-title">{t('budgets.rules.title')}</h2>
        <BudgetRules budget={budget} district={districtName(districts, budget.districtId)} />
      </section>
      <ProjectList
        projects={budget.projects}
        unfeasible={budget.unfeasibleProjects}
        districts={districts}
        budgetId={budget.id}
        filters={filters}
      />
    </Layout>
  );
}

import { TableRegion } from '../charts/table-region.component';
import type { BudgetResultsQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { budgetLinks } from '../routes/paths';
import { districtName } from './budget-view';
import { ComparisonChart } from './comparison-chart.component';
import { DistrictTurnoutChart, VotesAndCostChart } from './result-charts.component';
import { GreedyStory, ResultExplanation } from './result-explanation.component';
import { WinnersProgress } from '../tracking/winners-progress.component';
import { Fact } from './budget-fact.component';

type Budget = BudgetResultsQuery['budget'];
type Result = NonNullable<Budget['result']>;

function Winners({ budget, result }: { budget: Budget; result: Result }) {
  const { i18n } = usePage();
  const t = useT();
  const byId = new Map(budget.projects.map((p) => [p.id, p]));
  return (
    <table class="table">
      <caption class="table__caption" id="winners-caption">
        {t('budgets.results.winnersCaption', { rule: result.rule })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('budgets.results.order')}</th>
          <th scope="col">{t('budgets.results.project')}</th>
          <th scope="col" class="table__number">
            {t('budgets.results.cost')}
          </th>
          <th scope="col" class="table__number">
            {t('budgets.results.votes')}
          </th>
        </tr>
      </thead>
      <tbody>
        {result.winners.map((winner, index) => {
          const project = byId.get(winner.id);
          return (
            <tr key={winner.id}>
              <td>{i18n.number(index + 1)}</td>
              <th scope="row">{project?.title}</th>
              <td class="table__number">{project && i18n.amount(project.cost)}</td>
              <td class="table__number">{i18n.number(project?.votes ?? 0)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Figures({ budget, result }: { budget: Budget; result: Result }) {
  const { i18n } = usePage();
  const t = useT();
  const share = budget.turnout.shareOfCensus;
  return (
    <dl class="budget-facts">
      <Fact term={t('budgets.results.spentTerm')}>
        {t('budgets.results.spent', {
          spent: i18n.amount(result.totalCost),
          amount: i18n.amount(budget.totalAmount),
          left: i18n.amount(budget.totalAmount - result.totalCost),
        })}
      </Fact>
      <Fact term={t('budgets.results.ballotsTerm')}>{t('budgets.results.ballots', { count: result.ballotCount })}</Fact>
      <Fact term={t('budgets.results.turnoutTerm')}>
        {share === null || share === undefined
          ? t('budgets.results.turnoutUnknown')
          : t('budgets.results.turnout', {
              share: new Intl.NumberFormat(i18n.locale, { style: 'percent', maximumFractionDigits: 1 }).format(share),
              census: budget.turnout.censusSize,
            })}
      </Fact>
    </dl>
  );
}

/** The published result: who won, what it cost, who voted, and what the simpler count would have chosen. */
export function BudgetResultsPage({ data, projectsPage }: { data: BudgetResultsQuery; projectsPage?: string }) {
  const { i18n } = usePage();
  const t = useT();
  const { budget } = data;
  const result = budget.result!;
  const title = t('budgets.results.title', { budget: budget.title });
  const district = districtName(data.municipality.districts, budget.districtId);
  const crumbs = [
    { label: t('budgets.list.title'), href: budgetLinks.budgets() },
    { label: budget.title, href: budgetLinks.budget(budget.id) },
    { label: t('budgets.results.crumb') },
  ];
  return (
    <Layout title={title} breadcrumb={crumbs}>
      <h1>{title}</h1>
      <p class="lead">
        {t('budgets.results.intro', {
          date: budget.publishedAt ? i18n.date(budget.publishedAt) : '',
          count: result.winners.length,
          district: district ?? '',
        })}
      </p>
      <Figures budget={budget} result={result} />
      <section class="budget-section" aria-labelledby="winners-title">
        <h2 id="winners-title">{t('budgets.results.winnersTitle')}</h2>
        <p>{t('budgets.rules.count', { rule: result.rule })}</p>
        <TableRegion labelledBy="winners-caption">
          <Winners budget={budget} result={result} />
        </TableRegion>
      </section>
      <VotesAndCostChart budget={budget} result={result} askedPage={projectsPage} />
      <DistrictTurnoutChart data={data} />
      <ResultExplanation budget={budget} result={result} />
      <WinnersProgress items={data.winnersProgress.edges.map((e) => e.node)} />
      <section class="budget-section" aria-labelledby="comparison-title">
        <h2 id="comparison-title">{t('budgets.results.comparisonTitle', { rule: result.comparison.rule })}</h2>
        <p>{t('budgets.results.comparisonIntro', { rule: result.rule, other: result.comparison.rule })}</p>
        <ComparisonChart budget={budget} result={result} />
        {result.comparison.explanation?.greedy && (
          <GreedyStory budget={budget} greedy={result.comparison.explanation.greedy} />
        )}
      </section>
      <section class="budget-section" aria-labelledby="check-title">
        <h2 id="check-title">{t('budgets.results.checkTitle')}</h2>
        <p>{t('budgets.results.checkBody')}</p>
        <ul>
          <li>
            <a href={budgetLinks.receiptCheck()}>{t('budgets.results.checkReceipt')}</a>
          </li>
          {budget.status === 'PUBLISHED' && (
            <li>
              <a href={budgetLinks.budgetRecount(budget.id)}>{t('budgets.results.recountLink')}</a>
            </li>
          )}
        </ul>
        <dl class="budget-facts">
          <Fact term={t('budgets.results.digest')}>
            <code class="hash">{result.ballotsDigest}</code>
          </Fact>
          {result.ballotsMerkleRoot && (
            <Fact term={t('budgets.results.merkleRoot')}>
              <code class="hash">{result.ballotsMerkleRoot}</code>
            </Fact>
          )}
        </dl>
      </section>
    </Layout>
  );
}

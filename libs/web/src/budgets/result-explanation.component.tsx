import type { ComponentChildren } from 'preact';
import { TableRegion } from '../charts/table-region.component';
import type { BudgetResultsQuery, RuleExplanationDetailsFragment } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';

type Budget = BudgetResultsQuery['budget'];
type Result = NonNullable<Budget['result']>;
type EqualShares = NonNullable<RuleExplanationDetailsFragment['equalShares']>;
type EqualSharesProject = EqualShares['projects'][number];
type GreedyProject = NonNullable<RuleExplanationDetailsFragment['greedy']>[number];
type Project = Budget['projects'][number];

/** Euros with cents when there are any: shares and payments are rarely whole. */
function useMoney(): (euros: number) => string {
  const { i18n } = usePage();
  const format = new Intl.NumberFormat(i18n.locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  });
  return (euros) => format.format(euros);
}

/** "Round 3: Title. 415 supporters paid €222.17 each; 57 others gave all they had left (€6.22 to €184.69)." */
function FundedRound({ entry, project }: { entry: EqualSharesProject; project: Project }) {
  const t = useT();
  const money = useMoney();
  const shares = entry.payments.filter((p) => !p.paidAll);
  const all = entry.payments.filter((p) => p.paidAll);
  const allVoters = all.reduce((n, p) => n + p.voters, 0);
  const amounts = all.map((p) => p.amount);
  return (
    <li>
      <strong>{t('budgets.explain.round', { round: entry.round ?? 0, title: project.title })}</strong>{' '}
      {t('budgets.explain.cost', { cost: money(project.cost), votes: project.votes ?? 0 })}{' '}
      {shares.map((p) => t('budgets.explain.paidShare', { count: p.voters, amount: money(p.amount) })).join(' ')}{' '}
      {allVoters > 0 &&
        t(Math.min(...amounts) === Math.max(...amounts) ? 'budgets.explain.paidAllSame' : 'budgets.explain.paidAll', {
          count: allVoters,
          min: money(Math.min(...amounts)),
          max: money(Math.max(...amounts)),
        })}
    </li>
  );
}

function Unfunded({ entry, project, rounds }: { entry: EqualSharesProject; project: Project; rounds: number }) {
  const { i18n } = usePage();
  const t = useT();
  const money = useMoney();
  const when = entry.droppedAtRound ?? rounds + 1;
  return (
    <li>
      <strong>{t('budgets.explain.projectTitle', { title: project.title })}</strong>{' '}
      {t('budgets.explain.cost', { cost: money(project.cost), votes: project.votes ?? 0 })}{' '}
      {t(
        (project.votes ?? 0) === 0
          ? 'budgets.explain.noVotes'
          : when <= 1
            ? 'budgets.explain.shortFromStart'
            : when > rounds
              ? 'budgets.explain.shortAtEnd'
              : 'budgets.explain.shortAtRound',
        { round: when, held: money(entry.supportersHeld ?? 0), cost: money(project.cost) },
      )}{' '}
      {(project.votes ?? 0) > 0 &&
        t('budgets.explain.effectiveSupport', {
          share: new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 1 }).format(entry.effectiveSupport ?? 0),
        })}
    </li>
  );
}

/** Lists longer than this fold into a <details>: a 160-project result stays a page one can read through. */
const OPEN_UP_TO = 10;

/** A per-project list, as it is when short, folded behind a summary when long. */
function FoldedList({ count, children }: { count: number; children: ComponentChildren }) {
  const t = useT();
  if (count <= OPEN_UP_TO) return <>{children}</>;
  return (
    <details class="explain-details">
      <summary>{t('budgets.explain.listSummary', { count })}</summary>
      {children}
    </details>
  );
}

/** The Equal Shares story: each voter's share, the rounds, and why the others could not be paid for. */
function EqualSharesStory({ budget, result, es }: { budget: Budget; result: Result; es: EqualShares }) {
  const t = useT();
  const money = useMoney();
  const byId = new Map(budget.projects.map((p) => [p.id, p]));
  const listed = (outcome: string) =>
    es.projects.flatMap((e) => {
      const project = byId.get(e.project.id);
      return e.outcome === outcome && project ? [{ e, project }] : [];
    });
  const funded = listed('FUNDED');
  const completion = listed('COMPLETION');
  const unfunded = listed('UNFUNDED').sort((a, b) => (b.e.effectiveSupport ?? 0) - (a.e.effectiveSupport ?? 0));
  return (
    <>
      <p>
        {t('budgets.explain.shares', {
          amount: money(budget.totalAmount),
          count: result.ballotCount,
          share: money(budget.totalAmount / Math.max(1, result.ballotCount)),
        })}
      </p>
      {es.add1Increment !== null && es.add1Increment > 0 && (
        <p>{t('budgets.explain.add1', { increment: money(es.add1Increment), share: money(es.perVoterBudget) })}</p>
      )}
      <p>{t('budgets.explain.rounds')}</p>
      <h3>{t('budgets.explain.fundedTitle', { count: funded.length })}</h3>
      <FoldedList count={funded.length}>
        <ol class="explain-list">
          {funded.map(({ e, project }) => (
            <FundedRound key={project.id} entry={e} project={project} />
          ))}
        </ol>
      </FoldedList>
      {completion.length > 0 && (
        <>
          <h3>{t('budgets.explain.completionTitle')}</h3>
          <ul class="explain-list">
            {completion.map(({ project }) => (
              <li key={project.id}>
                <strong>{t('budgets.explain.projectTitle', { title: project.title })}</strong>{' '}
                {t('budgets.explain.cost', { cost: money(project.cost), votes: project.votes ?? 0 })}
              </li>
            ))}
          </ul>
        </>
      )}
      {unfunded.length > 0 && (
        <>
          <h3>{t('budgets.explain.unfundedTitle', { count: unfunded.length })}</h3>
          <p>{t('budgets.explain.effectiveSupportHelp')}</p>
          <FoldedList count={unfunded.length}>
            <ul class="explain-list">
              {unfunded.map(({ e, project }) => (
                <Unfunded key={project.id} entry={e} project={project} rounds={es.rounds} />
              ))}
            </ul>
          </FoldedList>
        </>
      )}
    </>
  );
}

/** Greedy: for each project it did not fund, the project that took the money it needed. */
export function GreedyStory({ budget, greedy }: { budget: Budget; greedy: readonly GreedyProject[] }) {
  const t = useT();
  const money = useMoney();
  const byId = new Map(budget.projects.map((p) => [p.id, p]));
  const skipped = greedy.flatMap((g) => {
    const project = byId.get(g.project.id);
    return !g.funded && project ? [{ g, project }] : [];
  });
  if (skipped.length === 0) return null;
  return (
    <details class="explain-details">
      <summary>{t('budgets.explain.greedySummary', { count: skipped.length })}</summary>
      <ul class="explain-list">
        {skipped.map(({ g, project }) => {
          const taker = g.takenBy ? byId.get(g.takenBy.id) : undefined;
          return (
            <li key={project.id}>
              <strong>{project.title}</strong>{' '}
              {taker
                ? t('budgets.explain.greedyTaken', {
                    position: g.position,
                    taker: taker.title,
                    left: money(g.moneyLeft ?? 0),
                    cost: money(project.cost),
                  })
                : t('budgets.explain.greedyTooExpensive', { position: g.position, cost: money(project.cost) })}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/**
 * equalshares.net's comparison: how many voters got something, and how much,
 * under each rule. One column per rule (short names), so that it fits 320 px.
 */
function FiguresTable({ result }: { result: Result }) {
  const { i18n } = usePage();
  const t = useT();
  const percent = new Intl.NumberFormat(i18n.locale, { style: 'percent', maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 2 });
  const main = result.explanation?.figures;
  const other = result.comparison.explanation?.figures;
  if (!main || !other) return null;
  return (
    <TableRegion labelledBy="figures-caption">
      <table class="table">
        <caption class="table__caption" id="figures-caption">
          {t('budgets.explain.figuresCaption')}
        </caption>
        <thead>
          <tr>
            <td />
            <th scope="col" class="table__number">
              {t('budgets.chart.ruleColumn', { rule: result.rule })}
            </th>
            <th scope="col" class="table__number">
              {t('budgets.chart.ruleColumn', { rule: result.comparison.rule })}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('budgets.explain.figuresShare')}</th>
            <td class="table__number">{percent.format(main.shareWithFunded)}</td>
            <td class="table__number">{percent.format(other.shareWithFunded)}</td>
          </tr>
          <tr>
            <th scope="row">{t('budgets.explain.figuresAverage')}</th>
            <td class="table__number">{decimal.format(main.averageFunded)}</td>
            <td class="table__number">{decimal.format(other.averageFunded)}</td>
          </tr>
        </tbody>
      </table>
    </TableRegion>
  );
}

/**
 * Why each project won or lost, in plain words (issue #19.4): the rule's own
 * story (Equal Shares rounds, or greedy's order) and the figures that compare
 * it with the greedy count. Nothing for results tallied before explanations.
 */
export function ResultExplanation({ budget, result }: { budget: Budget; result: Result }) {
  const t = useT();
  const main = result.explanation;
  if (!main) return null;
  return (
    <section class="budget-section" aria-labelledby="explain-title">
      <h2 id="explain-title">{t('budgets.explain.title')}</h2>
      {main.equalShares ? (
        <EqualSharesStory budget={budget} result={result} es={main.equalShares} />
      ) : main.greedy ? (
        <>
          <p>{t('budgets.explain.greedyIntro')}</p>
          <GreedyStory budget={budget} greedy={main.greedy} />
        </>
      ) : (
        <p>{t('budgets.explain.noStory')}</p>
      )}
      <h3>{t('budgets.explain.figuresTitle')}</h3>
      <p>{t('budgets.explain.figuresIntro')}</p>
      <FiguresTable result={result} />
    </section>
  );
}

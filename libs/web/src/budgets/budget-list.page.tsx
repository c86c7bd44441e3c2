import type { BudgetsQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import type { MessageKey } from '../i18n/catalogue';
import { Layout } from '../layout/layout.component';
import { budgetLinks, links } from '../routes/paths';

interface Listed {
  id: string;
  title: string;
}

/**
 * A section of the list: its budgets, each a card linking to `href` with `meta` below the title, and `note`
 * (the vote group's rule, for budgets voted together) below that.
 */
function Section<B extends Listed>({
  id,
  title,
  empty,
  budgets,
  href = (b) => budgetLinks.budget(b.id),
  meta,
  note = () => undefined,
}: {
  id: string;
  title: MessageKey;
  empty: MessageKey;
  budgets: B[];
  href?: (budget: B) => string;
  meta: (budget: B) => string;
  note?: (budget: B) => string | undefined;
}) {
  const t = useT();
  return (
    <section class="budget-section" aria-labelledby={id}>
      <h2 id={id}>{t(title)}</h2>
      {budgets.length === 0 ? (
        <p>{t(empty)}</p>
      ) : (
        <ul class="card-list">
          {budgets.map((budget) => (
            <li class="card" key={budget.id}>
              <h3 class="card__title">
                <a href={href(budget)}>{budget.title}</a>
              </h3>
              <p class="card__meta">{meta(budget)}</p>
              {note(budget) && <p>{note(budget)}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Open votes, votes about to open, counts in progress, and published results. */
export function BudgetListPage({ data, now }: { data: BudgetsQuery; now: Date }) {
  const { i18n } = usePage();
  const t = useT();
  const title = t('budgets.list.title');
  const open = data.openBudgets.edges.map((e) => e.node);
  const voting = open.filter((b) => new Date(b.votingOpensAt) <= now && now < new Date(b.votingClosesAt));
  const upcoming = open.filter((b) => now < new Date(b.votingOpensAt));
  const counting = [
    ...open.filter((b) => new Date(b.votingClosesAt) <= now),
    ...data.closedBudgets.edges.map((e) => e.node),
    ...data.talliedBudgets.edges.map((e) => e.node),
  ];
  const published = data.publishedBudgets.edges.map((e) => e.node);
  const amount = (n: number) => i18n.amount(n);
  const groupNote = (b: (typeof open)[number]) =>
    b.voteGroup
      ? t('eligibility.listGroup', {
          group: b.voteGroup.title,
          rule: b.voteGroup.rule,
          max: b.voteGroup.maxBudgets ?? 1,
        })
      : undefined;
  return (
    <Layout title={title} breadcrumb={[{ label: t('layout.nav.home'), href: links.home() }, { label: title }]}>
      <h1>{title}</h1>
      <p class="lead">{t('budgets.list.intro')}</p>
      <Section
        id="voting-title"
        title="budgets.list.voting"
        empty="budgets.list.votingEmpty"
        budgets={voting}
        meta={(b) =>
          t('budgets.list.votingItem', { amount: amount(b.totalAmount), date: i18n.dateTime(b.votingClosesAt) })
        }
        note={groupNote}
      />
      <Section
        id="upcoming-title"
        title="budgets.list.upcoming"
        empty="budgets.list.upcomingEmpty"
        budgets={upcoming}
        meta={(b) =>
          t('budgets.list.upcomingItem', { amount: amount(b.totalAmount), date: i18n.dateTime(b.votingOpensAt) })
        }
        note={groupNote}
      />
      {counting.length > 0 && (
        <Section
          id="counting-title"
          title="budgets.list.counting"
          empty="budgets.list.votingEmpty"
          budgets={counting}
          meta={(b) =>
            t('budgets.list.countingItem', { amount: amount(b.totalAmount), date: i18n.date(b.votingClosesAt) })
          }
        />
      )}
      <Section
        id="results-title"
        title="budgets.list.results"
        empty="budgets.list.resultsEmpty"
        budgets={published}
        href={(b) => budgetLinks.budgetResults(b.id)}
        meta={(b) =>
          t('budgets.list.resultsItem', {
            amount: amount(b.totalAmount),
            date: b.publishedAt ? i18n.date(b.publishedAt) : '',
          })
        }
      />
      <p>
        <a href={budgetLinks.receiptCheck()}>{t('budgets.results.checkReceipt')}</a>
      </p>
    </Layout>
  );
}

import type { BudgetsQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import type { MessageKey } from '../i18n/catalogue';
import { Layout } from '../layout/layout.component';
import { budgetLinks, links } from '../routes/paths';

interface Item {
  id: string;
  title: string;
  meta: string;
  href: string;
  /** The vote group's rule, for budgets voted together. */
  note?: string;
}

function Section({ id, title, empty, items }: { id: string; title: MessageKey; empty: MessageKey; items: Item[] }) {
  const t = useT();
  return (
    <section class="budget-section" aria-labelledby={id}>
      <h2 id={id}>{t(title)}</h2>
      {items.length === 0 ? (
        <p>{t(empty)}</p>
      ) : (
        <ul class="card-list">
          {items.map((item) => (
            <li class="card" key={item.id}>
              <h3 class="card__title">
                <a href={item.href}>{item.title}</a>
              </h3>
              <p class="card__meta">{item.meta}</p>
              {item.note && <p>{item.note}</p>}
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
        items={voting.map((b) => ({
          id: b.id,
          title: b.title,
          href: budgetLinks.budget(b.id),
          meta: t('budgets.list.votingItem', { amount: amount(b.totalAmount), date: i18n.dateTime(b.votingClosesAt) }),
          note: groupNote(b),
        }))}
      />
      <Section
        id="upcoming-title"
        title="budgets.list.upcoming"
        empty="budgets.list.upcomingEmpty"
        items={upcoming.map((b) => ({
          id: b.id,
          title: b.title,
          href: budgetLinks.budget(b.id),
          meta: t('budgets.list.upcomingItem', { amount: amount(b.totalAmount), date: i18n.dateTime(b.votingOpensAt) }),
          note: groupNote(b),
        }))}
      />
      {counting.length > 0 && (
        <Section
          id="counting-title"
          title="budgets.list.counting"
          empty="budgets.list.votingEmpty"
          items={counting.map((b) => ({
            id: b.id,
            title: b.title,
            href: budgetLinks.budget(b.id),
            meta: t('budgets.list.countingItem', { amount: amount(b.totalAmount), date: i18n.date(b.votingClosesAt) }),
          }))}
        />
      )}
      <Section
        id="results-title"
        title="budgets.list.results"
        empty="budgets.list.resultsEmpty"
        items={published.map((b) => ({
          id: b.id,
          title: b.title,
          href: budgetLinks.budgetResults(b.id),
          meta: t('budgets.list.resultsItem', {
            amount: amount(b.totalAmount),
            date: b.publishedAt ? i18n.date(b.publishedAt) : '',
          }),
        }))}
      />
      <p>
        <a href={budgetLinks.receiptCheck()}>{t('budgets.results.checkReceipt')}</a>
      </p>
    </Layout>
  );
}

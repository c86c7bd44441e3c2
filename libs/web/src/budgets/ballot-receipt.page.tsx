import type { BudgetQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { budgetLinks } from '../routes/paths';
import { draftOf } from './ballot-form';
import { ChosenList } from './chosen-list.component';

type MyBallot = NonNullable<BudgetQuery['myBallot']>;

/** The confirmation: the ballot that counts, its receipt, and what the receipt proves and does not. */
export function BallotReceiptPage({ data, myBallot }: { data: BudgetQuery; myBallot: MyBallot }) {
  const { i18n } = usePage();
  const t = useT();
  const { budget } = data;
  const title = t('budgets.receipt.title');
  // Once voting has closed the ballot can no longer be changed: say so instead of offering it.
  const open = budget.status === 'OPEN' && new Date(budget.votingClosesAt).getTime() > Date.now();
  const crumbs = [
    { label: t('budgets.list.title'), href: budgetLinks.budgets() },
    { label: budget.title, href: budgetLinks.budget(budget.id) },
    { label: title },
  ];
  return (
    <Layout title={title} breadcrumb={crumbs} scripts={['receipt-actions']}>
      <h1>{title}</h1>
      <div class="panel receipt">
        <h2 id="receipt-title">{t('budgets.receipt.codeTitle')}</h2>
        <p class="receipt__code">
          <code id="receipt-code">{myBallot.receipt}</code>
        </p>
        <p class="button-group" id="receipt-actions" hidden>
          <button
            class="button button--secondary"
            type="button"
            data-copy="receipt-code"
            data-copied={t('budgets.receipt.copied')}
          >
            {t('budgets.receipt.copy')}
          </button>
          <button class="button button--secondary" type="button" data-print>
            {t('budgets.receipt.print')}
          </button>
        </p>
        <p class="visually-hidden" aria-live="polite" id="receipt-status"></p>
        <p class="no-script-hint">{t('budgets.receipt.keep')}</p>
      </div>
      <section aria-labelledby="receipt-what">
        <h2 id="receipt-what">{t('budgets.receipt.whatTitle')}</h2>
        <p>{t('budgets.receipt.what')}</p>
        <p>{t('budgets.receipt.notProof')}</p>
        <p>{t('budgets.receipt.private')}</p>
      </section>
      <section aria-labelledby="receipt-ballot">
        <h2 id="receipt-ballot">{t('budgets.receipt.ballotTitle')}</h2>
        <ChosenList budget={budget} draft={draftOf(myBallot)} />
        {open ? (
          <p>{t('budgets.receipt.revote', { date: i18n.dateTime(budget.votingClosesAt) })}</p>
        ) : (
          <p>{t('budgets.receipt.closed', { date: i18n.dateTime(budget.votingClosesAt) })}</p>
        )}
        <p class="button-group">
          {open && <a href={budgetLinks.ballot(budget.id)}>{t('budgets.receipt.change')}</a>}
          <a href={budgetLinks.budget(budget.id)}>{t('budgets.ballot.backToBudget')}</a>
          {budget.status === 'PUBLISHED' && (
            <a href={budgetLinks.receiptCheck(myBallot.receipt)}>{t('budgets.results.checkReceipt')}</a>
          )}
        </p>
      </section>
    </Layout>
  );
}

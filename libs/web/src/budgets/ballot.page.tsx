import type { ClientScript } from '../assets/client-scripts';
import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import type { BudgetQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { budgetLinks, links } from '../routes/paths';
import { BallotDraft, BallotField, draftOf } from './ballot-form';
import { BallotFields, TotalUpdatedStatus } from './ballot-fields.component';
import { ballotRuleSentences, eligibilitySentences } from './budget-rules.component';
import { phaseOf } from './budget-view';
import { ChosenList } from './chosen-list.component';

export interface BallotPageProps {
  data: BudgetQuery;
  draft: BallotDraft;
  form: FormView<BallotField>;
  /** The form came back from "update the total". */
  updated?: boolean;
  now: Date;
}

/** Said plainly before the form: voting again replaces the ballot below, which then no longer counts. */
function PreviousBallot({ data }: { data: BudgetQuery }) {
  const t = useT();
  if (!data.myBallot) return null;
  return (
    <section class="panel" aria-labelledby="previous-title">
      <h2 id="previous-title">{t('budgets.ballot.previous.title')}</h2>
      <p>{t('budgets.ballot.previous.body')}</p>
      <ChosenList budget={data.budget} draft={draftOf(data.myBallot)} />
    </section>
  );
}

/** Why there is no form: voting not open, or the visitor not verified yet. */
function CannotVote({ data, now }: { data: BudgetQuery; now: Date }) {
  const { viewer } = usePage();
  const t = useT();
  const { budget } = data;
  const phase = phaseOf(budget, now);
  if (phase !== 'VOTING')
    return (
      <div class="panel">
        <p>{t('budgets.ballot.notOpen', { phase })}</p>
        <p>
          <a href={budgetLinks.budget(budget.id)}>{t('budgets.ballot.backToBudget')}</a>
        </p>
      </div>
    );
  if (!viewer?.verified)
    return (
      <div class="panel">
        <p>{t('budgets.ballot.notVerified')}</p>
        <p>
          <a class="button" href={links.residency(budgetLinks.ballot(budget.id))}>
            {t('budgets.next.verify')}
          </a>
        </p>
      </div>
    );
  return null;
}

export function BallotPage({ data, draft, form, updated, now }: BallotPageProps) {
  const { viewer, i18n } = usePage();
  const t = useT();
  const { budget } = data;
  const title = t('budgets.ballot.title', { budget: budget.title });
  const crumbs = [
    { label: t('budgets.list.title'), href: budgetLinks.budgets() },
    { label: budget.title, href: budgetLinks.budget(budget.id) },
    { label: t('budgets.ballot.crumb') },
  ];
  const canVote = phaseOf(budget, now) === 'VOTING' && viewer?.verified;
  const scripts: ClientScript[] =
    budget.ballotType === 'KNAPSACK' || budget.ballotType === 'CUMULATIVE' ? ['ballot-total'] : [];
  const error = form.errors.find((e) => e.field === 'projects')?.text;
  return (
    <FormPage title={title} form={form} breadcrumb={crumbs} scripts={canVote ? scripts : []}>
      {!canVote ? (
        <CannotVote data={data} now={now} />
      ) : (
        <>
          <p>{t('budgets.ballot.intro', { date: i18n.dateTime(budget.votingClosesAt) })}</p>
          {eligibilitySentences(budget, t).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          <PreviousBallot data={data} />
          {updated && <TotalUpdatedStatus />}
          <form class="form form--wide" method="post" action={budgetLinks.ballot(budget.id)} novalidate>
            <CsrfField />
            <BallotFields
              budget={budget}
              draft={draft}
              error={error}
              hint={ballotRuleSentences(budget, t, (n) => i18n.amount(n))}
            />
            <button class="button" type="submit" name="action" value="review">
              {t('budgets.ballot.continue')}
            </button>
          </form>
        </>
      )}
    </FormPage>
  );
}

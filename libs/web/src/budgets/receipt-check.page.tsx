import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import { TextField } from '../forms/text-field.component';
import type { ReceiptBudgetQuery, ReceiptCheckQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { budgetLinks, PATHS } from '../routes/paths';
import type { ReceiptCheckField } from './receipt-check-form';
import { Fact } from './budget-fact.component';

type Inclusion = ReceiptCheckQuery['ballotReceipt'];
type Budget = ReceiptBudgetQuery['budget'];

export interface ReceiptCheckPageProps {
  form: FormView<ReceiptCheckField>;
  /** The receipt's ballot, proof and budget once found. */
  found: { inclusion: Inclusion; budget: Budget } | null;
}

function RecordedBallot({ inclusion, budget }: { inclusion: Inclusion; budget: Budget }) {
  const t = useT();
  const title = (id: string) => budget.projects.find((p) => p.id === id)?.title ?? id;
  const { ballot } = inclusion;
  if (ballot.ranking.length > 0)
    return (
      <ol>
        {ballot.ranking.map((id) => (
          <li key={id}>{title(id)}</li>
        ))}
      </ol>
    );
  if (ballot.points.length > 0)
    return (
      <ul>
        {ballot.points.map((p) => (
          <li key={p.projectId}>{t('budgets.check.points', { title: title(p.projectId), points: p.points })}</li>
        ))}
      </ul>
    );
  return (
    <ul>
      {ballot.projectIds.map((id) => (
        <li key={id}>{title(id)}</li>
      ))}
    </ul>
  );
}

function Proof({ inclusion, budget }: { inclusion: Inclusion; budget: Budget }) {
  const { i18n } = usePage();
  const t = useT();
  return (
    <>
      <dl class="budget-facts">
        <Fact term={t('budgets.check.budgetTerm')}>
          <a href={budgetLinks.budgetResults(budget.id)}>{budget.title}</a>
        </Fact>
        <Fact term={t('budgets.check.lineTerm')}>
          <code class="hash">{inclusion.ballotLine}</code>
        </Fact>
        <Fact term={t('budgets.check.positionTerm')}>
          {t('budgets.check.position', {
            index: i18n.number(inclusion.leafIndex + 1),
            size: inclusion.treeSize,
          })}
        </Fact>
        <Fact term={t('budgets.check.rootTerm')}>
          <code class="hash">{inclusion.merkleRoot ?? t('budgets.check.noRoot')}</code>
        </Fact>
        <Fact term={t('budgets.check.proofTerm', { count: inclusion.proof.length })}>
          <ol class="proof-hashes">
            {inclusion.proof.map((hash, i) => (
              <li key={i}>
                <code class="hash">{hash}</code>
              </li>
            ))}
          </ol>
        </Fact>
      </dl>
      <div
        id="proof-check"
        class="panel proof-check"
        hidden
        data-line={inclusion.ballotLine}
        data-index={String(inclusion.leafIndex)}
        data-size={String(inclusion.treeSize)}
        data-proof={JSON.stringify(inclusion.proof)}
        data-root={inclusion.merkleRoot ?? ''}
        data-checking={t('budgets.check.checking')}
        data-ok={t('budgets.check.ok')}
        data-failed={t('budgets.check.failed')}
      >
        <p id="proof-result" role="status" class="proof-check__result" />
      </div>
      <h3>{t('budgets.check.howTitle')}</h3>
      <ol>
        <li>{t('budgets.check.how1')}</li>
        <li>{t('budgets.check.how2')}</li>
        <li>{t('budgets.check.how3')}</li>
        <li>{t('budgets.check.how4')}</li>
      </ol>
    </>
  );
}

/**
 * A voter enters their receipt and sees the ballot recorded under it and its
 * inclusion proof, checked in their browser (receipt-check.client.ts) against
 * the root published with the result; without JavaScript, the page shows the
 * proof and how to check it.
 */
export function ReceiptCheckPage({ form, found }: ReceiptCheckPageProps) {
  const t = useT();
  const title = t('budgets.check.title');
  const crumbs = [{ label: t('budgets.list.title'), href: budgetLinks.budgets() }, { label: title }];
  return (
    <FormPage title={title} form={form} breadcrumb={crumbs} scripts={found ? ['receipt-check'] : []}>
      <p>{t('budgets.check.intro')}</p>
      <form class="form" method="get" action={PATHS.receiptCheck} novalidate>
        <TextField
          form={form}
          name="recu"
          label={t('budgets.check.label')}
          hint={t('budgets.check.hint')}
          autocomplete="off"
          spellcheck={false}
          autocapitalize="none"
        />
        <button class="button" type="submit">
          {t('budgets.check.submit')}
        </button>
      </form>
      {found && (
        <>
          <section class="budget-section" aria-labelledby="recorded-title">
            <h2 id="recorded-title">{t('budgets.check.recordedTitle')}</h2>
            <RecordedBallot inclusion={found.inclusion} budget={found.budget} />
          </section>
          <section class="budget-section" aria-labelledby="proof-title">
            <h2 id="proof-title">{t('budgets.check.proofTitle')}</h2>
            <p>{t('budgets.check.proofIntro')}</p>
            <Proof inclusion={found.inclusion} budget={found.budget} />
          </section>
        </>
      )}
    </FormPage>
  );
}

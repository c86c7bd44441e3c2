import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import type { EditedProposalQuery } from '../graphql/generated/graphql';
import { useT } from '../http/page-context';
import { proposalFormLinks } from '../routes/paths';
import type { WithdrawField } from './proposal-form';
import { TextAreaField } from './proposal-form-fields.component';
import { myProposalsCrumbs } from './proposal-editor.page';

/** Only a published proposal can be withdrawn (answered ones included); the reason is shown with it. */
export function canWithdraw(status: string): boolean {
  return status !== 'DRAFT' && status !== 'WITHDRAWN';
}

export function WithdrawProposalPage({
  proposal,
  form,
}: {
  proposal: EditedProposalQuery['proposal'];
  form: FormView<WithdrawField>;
}) {
  const t = useT();
  const title = t('proposalForm.withdraw.title');
  return (
    <FormPage title={title} form={form} breadcrumb={myProposalsCrumbs(t, title)}>
      {!canWithdraw(proposal.status) ? (
        <div class="panel">
          <p>{t('proposalForm.withdraw.notPossible', { status: proposal.status })}</p>
        </div>
      ) : (
        <>
          <p class="lead">{t('proposalForm.withdraw.intro', { title: proposal.title })}</p>
          <form
            class="form form--wide"
            method="post"
            action={proposalFormLinks.withdrawProposal(proposal.id)}
            novalidate
          >
            <CsrfField />
            <TextAreaField
              form={form}
              name="reason"
              label={t('proposalForm.field.reason')}
              hint={t('proposalForm.field.reason.hint')}
              rows={5}
              maxLength={2000}
            />
            <button class="button button--danger" type="submit">
              {t('proposalForm.withdraw.submit')}
            </button>
          </form>
        </>
      )}
      <p class="aside">
        <a href={proposalFormLinks.myProposals()}>{t('proposalForm.cancel')}</a>
      </p>
    </FormPage>
  );
}

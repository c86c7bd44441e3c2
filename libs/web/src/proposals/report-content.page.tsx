import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import { useT } from '../http/page-context';
import { consultationLinks, links } from '../routes/paths';
import { REPORT_REASONS, ReportField } from './proposal-forms';

export interface ReportContentPageProps {
  proposal: { id: string; title: string; consultationId: string };
  commentId?: string;
  form: FormView<ReportField>;
}

/** Report a proposal or a comment: a reason (required), details (optional); the moderators get it. */
export function ReportContentPage({ proposal, commentId, form }: ReportContentPageProps) {
  const t = useT();
  const title = t('proposals.report.title');
  const reasonError = form.errors.find((e) => e.field === 'reason');
  const detailsError = form.errors.find((e) => e.field === 'details');
  const crumbs = [
    { label: t('layout.nav.home'), href: links.home() },
    { label: proposal.title, href: consultationLinks.proposal(proposal.id) },
    { label: title },
  ];
  return (
    <FormPage title={title} form={form} breadcrumb={crumbs}>
      <p class="lead">
        {commentId
          ? t('proposals.report.comment', { title: proposal.title })
          : t('proposals.report.proposal', { title: proposal.title })}
      </p>
      <form class="form" method="post" action={consultationLinks.reportContent(proposal.id, commentId)} novalidate>
        <CsrfField />
        <div class={reasonError ? 'field field--error' : 'field'}>
          <fieldset class="fieldset" aria-describedby={reasonError ? 'reason-error' : undefined}>
            <legend class="fieldset__legend">{t('proposals.report.reason')}</legend>
            {reasonError && (
              <p class="field__error" id="reason-error">
                <span class="visually-hidden">{t('forms.fieldError.prefix')} </span>
                {reasonError.text}
              </p>
            )}
            {REPORT_REASONS.map((reason, i) => (
              <div class="choice" key={reason}>
                <input
                  class="choice__input"
                  type="radio"
                  name="reason"
                  // The error summary links to the first choice.
                  id={i === 0 ? 'reason' : `reason-${reason}`}
                  value={reason}
                  checked={form.values.reason === reason}
                />
                <label class="choice__label" for={i === 0 ? 'reason' : `reason-${reason}`}>
                  {t('proposals.report.reasons', { reason })}
                </label>
              </div>
            ))}
          </fieldset>
        </div>
        <div class={detailsError ? 'field field--error' : 'field'}>
          <label class="field__label" for="details">
            {t('proposals.report.details')} <span class="field__optional">{t('forms.optional')}</span>
          </label>
          <p class="field__hint" id="details-hint">
            {t('proposals.report.details.hint')}
          </p>
          {detailsError && (
            <p class="field__error" id="details-error">
              <span class="visually-hidden">{t('forms.fieldError.prefix')} </span>
              {detailsError.text}
            </p>
          )}
          <textarea
            class="field__input field__textarea"
            id="details"
            name="details"
            rows={4}
            aria-describedby={detailsError ? 'details-hint details-error' : 'details-hint'}
            aria-invalid={detailsError ? 'true' : undefined}
          >
            {form.values.details ?? ''}
          </textarea>
        </div>
        <button class="button" type="submit">
          {t('proposals.report.submit')}
        </button>
      </form>
      <p class="aside">
        <a href={consultationLinks.proposal(proposal.id)}>{t('proposals.report.back')}</a>
      </p>
    </FormPage>
  );
}

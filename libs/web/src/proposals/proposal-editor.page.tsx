import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import type { EditedProposalQuery, ProposalFormOptionsFragment } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import type { Crumb } from '../layout/breadcrumb.component';
import { links, proposalFormLinks } from '../routes/paths';
import type { ProposalField } from './proposal-form';
import { ProposalFields } from './proposal-form-fields.component';

type Options = ProposalFormOptionsFragment;

/** Home › My account › My proposals › this page. */
export function myProposalsCrumbs(t: ReturnType<typeof useT>, title: string): Crumb[] {
  return [
    { label: t('layout.nav.home'), href: links.home() },
    { label: t('accounts.account.title'), href: links.account() },
    { label: t('proposalForm.crumb.myProposals'), href: proposalFormLinks.myProposals() },
    { label: title },
  ];
}

/** Why the form is not there: the PROPOSALS phase is not open now, said with its dates. */
function ProposalsClosed({ consultation, now }: { consultation: Options['consultation']; now: Date }) {
  const { i18n } = usePage();
  const t = useT();
  const phase = consultation.phases.find((p) => p.kind === 'PROPOSALS');
  const state = !phase ? 'none' : new Date(phase.startsAt) > now ? 'upcoming' : 'past';
  return (
    <div class="panel">
      <p>
        {t('proposalForm.closed', {
          state,
          start: phase ? i18n.dateTime(phase.startsAt) : '',
          end: phase ? i18n.dateTime(phase.endsAt) : '',
        })}
      </p>
      <p>
        <a href={proposalFormLinks.myProposals()}>{t('proposalForm.cancel')}</a>
      </p>
    </div>
  );
}

export interface NewProposalPageProps {
  options: Options;
  form: FormView<ProposalField>;
  submissionId: string;
  preview?: string;
  now: Date;
}

export function NewProposalPage({ options, form, submissionId, preview, now }: NewProposalPageProps) {
  const { i18n } = usePage();
  const t = useT();
  const { consultation } = options;
  const title = t('proposalForm.new.title');
  const crumbs: Crumb[] = [
    { label: t('layout.nav.home'), href: links.home() },
    ...(links.consultation ? [{ label: consultation.title, href: links.consultation(consultation.id) }] : []),
    { label: title },
  ];
  const open = consultation.currentPhase === 'PROPOSALS';
  const phase = consultation.phases.find((p) => p.kind === 'PROPOSALS');
  return (
    <FormPage title={title} form={form} breadcrumb={crumbs}>
      {!open ? (
        <ProposalsClosed consultation={consultation} now={now} />
      ) : (
        <>
          <p class="lead">{t('proposalForm.new.intro', { consultation: consultation.title })}</p>
          {phase && <p>{t('proposalForm.openUntil', { date: i18n.dateTime(phase.endsAt) })}</p>}
          <form
            class="form form--wide"
            method="post"
            action={proposalFormLinks.newProposal(consultation.id)}
            novalidate
          >
            <CsrfField />
            <input type="hidden" name="soumission" value={submissionId} />
            <ProposalFields
              form={form}
              categories={consultation.categories}
              districts={options.municipality.districts}
              preview={preview}
            />
            <div class="button-group">
              <button class="button" type="submit" name="action" value="publish">
                {t('proposalForm.publish')}
              </button>
              <button class="button button--secondary" type="submit" name="action" value="draft">
                {t('proposalForm.saveDraft')}
              </button>
            </div>
          </form>
        </>
      )}
    </FormPage>
  );
}

export interface EditProposalPageProps {
  proposal: EditedProposalQuery['proposal'];
  options: Options;
  form: FormView<ProposalField>;
  preview?: string;
}

export function EditProposalPage({ proposal, options, form, preview }: EditProposalPageProps) {
  const t = useT();
  const title = t('proposalForm.edit.title');
  const draft = proposal.status === 'DRAFT';
  return (
    <FormPage title={title} form={form} breadcrumb={myProposalsCrumbs(t, title)}>
      {!proposal.editable ? (
        <div class="panel">
          <p>{t('proposalForm.edit.locked')}</p>
          <p>
            <a href={proposalFormLinks.myProposals()}>{t('proposalForm.cancel')}</a>
          </p>
        </div>
      ) : (
        <>
          <p class="lead">{t(draft ? 'proposalForm.edit.draftIntro' : 'proposalForm.edit.intro')}</p>
          <form class="form form--wide" method="post" action={proposalFormLinks.editProposal(proposal.id)} novalidate>
            <CsrfField />
            <ProposalFields
              form={form}
              categories={options.consultation.categories}
              districts={options.municipality.districts}
              preview={preview}
            />
            <div class="button-group">
              {draft ? (
                <>
                  <button class="button" type="submit" name="action" value="publish">
                    {t('proposalForm.publish')}
                  </button>
                  <button class="button button--secondary" type="submit" name="action" value="save">
                    {t('proposalForm.saveDraft')}
                  </button>
                </>
              ) : (
                <button class="button" type="submit" name="action" value="save">
                  {t('proposalForm.save')}
                </button>
              )}
            </div>
          </form>
          <p class="aside">
            <a href={proposalFormLinks.myProposals()}>{t('proposalForm.cancel')}</a>
          </p>
        </>
      )}
    </FormPage>
  );
}

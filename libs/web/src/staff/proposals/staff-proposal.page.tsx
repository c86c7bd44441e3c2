import { CsrfField } from '../../forms/csrf-field.component';
import type { FormView } from '../../forms/form';
import type { StaffProposalQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { consultationLinks, staffLinks } from '../../routes/paths';
import { Radios, TextArea } from '../staff-fields.component';
import { StaffLayout } from '../staff-layout.component';
import { ProjectFields } from '../budgets/project-fields.component';
import { ANSWER_STATUSES, type AnswerField, type ProjectField } from './staff-proposal-forms';
import { answerState } from './staff-proposals.page';
import { StaffSection } from '../staff-section.component';

export interface StaffProposalPageProps {
  data: StaffProposalQuery;
  answerForm: FormView<AnswerField>;
  projectForm: FormView<ProjectField>;
  /** A refusal of "publish the saved answer". */
  actionForm?: FormView<never>;
}

/** A proposal as staff handle it: what it says, its official answer (saved, then published), and its budget project. */
export function StaffProposalPage({ data, answerForm, projectForm, actionForm }: StaffProposalPageProps) {
  const t = useT();
  const { i18n } = usePage();
  const proposal = data.proposal;
  const answer = proposal.answer;
  const failed = (f?: FormView<string>) => (f && f.errors.length + f.general.length > 0 ? f : undefined);
  const budgets = data.draftBudgets.edges.map((e) => e.node);
  return (
    <StaffLayout
      title={proposal.title}
      trail={[
        { label: t('staffConsultations.title'), href: staffLinks.consultations() },
        { label: t('staffProposals.list'), href: staffLinks.proposals(proposal.consultationId) },
      ]}
      form={failed(actionForm) ?? failed(answerForm) ?? failed(projectForm)}
    >
      <StaffSection id="facts-title" title={t('staffProposals.facts')}>
        <dl class="staff-facts">
          <dt>{t('staffProposals.column.status')}</dt>
          <dd>{t('staffProposals.status', { status: proposal.status })}</dd>
          <dt>{t('staffProposals.column.supports')}</dt>
          <dd>
            {t('staffProposals.supports', {
              count: proposal.supportCount,
              threshold: proposal.supportThreshold,
              reached: String(proposal.thresholdReached),
            })}
          </dd>
          <dt>{t('staffProposals.fact.author')}</dt>
          <dd>{proposal.author.displayName}</dd>
          {proposal.category && (
            <>
              <dt>{t('staffProposals.fact.category')}</dt>
              <dd>{proposal.category.name}</dd>
            </>
          )}
          {proposal.publishedAt && (
            <>
              <dt>{t('staffProposals.fact.publishedAt')}</dt>
              <dd>{i18n.date(proposal.publishedAt)}</dd>
            </>
          )}
          {proposal.hidden && (
            <>
              <dt>{t('staffProposals.fact.moderation')}</dt>
              <dd>{t('staffProposals.hidden')}</dd>
            </>
          )}
        </dl>
        <p>
          <a href={consultationLinks.proposal(proposal.id)}>{t('staffProposals.publicPage')}</a>
        </p>
      </StaffSection>
      <StaffSection id="body-title" title={t('staffProposals.body')}>
        {/* Sanitised by the API (renderMarkdown). */}
        <div class="prose" dangerouslySetInnerHTML={{ __html: proposal.bodyHtml }} />
      </StaffSection>

      <StaffSection id="answer-title" title={t('staffProposals.answer')}>
        <p>{t('staffProposals.answerState', { state: answerState(answer) })}</p>
        {answer && (
          <div class="panel">
            <p>
              <strong>{t('staffProposals.status', { status: answer.status })}</strong>
              {answer.publishedAt && <> – {t('staffProposals.publishedOn', { date: i18n.date(answer.publishedAt) })}</>}
            </p>
            {/* Sanitised by the API (renderMarkdown). */}
            <div class="prose" dangerouslySetInnerHTML={{ __html: answer.answerHtml }} />
            {!answer.published && (
              <form method="post" action={staffLinks.proposalAnswerPublish(proposal.id)}>
                <CsrfField />
                <button type="submit" class="button">
                  {t('staffProposals.publishSaved')}
                </button>
              </form>
            )}
          </div>
        )}
        <h3>{answer ? t('staffProposals.answer.change') : t('staffProposals.answer.write')}</h3>
        <p>{t('staffProposals.answer.hint')}</p>
        <form method="post" action={staffLinks.proposalAnswer(proposal.id)} novalidate>
          <CsrfField />
          <Radios
            form={answerForm}
            name="status"
            label={t('staffProposals.field.status')}
            options={ANSWER_STATUSES.map((status) => ({
              value: status,
              label: t('staffProposals.status', { status }),
            }))}
          />
          <TextArea
            form={answerForm}
            name="answer"
            label={t('staffProposals.field.answer')}
            hint={t('staffProposals.field.answer.hint')}
            rows={6}
          />
          <p class="button-group">
            <button type="submit" class="button button--secondary" name="publish" value="false">
              {t('staffProposals.save')}
            </button>
            <button type="submit" class="button" name="publish" value="true">
              {t('staffProposals.publish')}
            </button>
          </p>
        </form>
      </StaffSection>

      <StaffSection id="project-title" title={t('staffProposals.project')}>
        {proposal.status !== 'ACCEPTED' ? (
          <p>{t('staffProposals.project.notAccepted')}</p>
        ) : budgets.length === 0 ? (
          <p>
            {t('staffProposals.project.noDraft')} <a href={staffLinks.budgetNew()}>{t('staffBudgets.create')}</a>
          </p>
        ) : (
          <form method="post" action={staffLinks.proposalProject(proposal.id)} novalidate>
            <CsrfField />
            <p>{t('staffProposals.project.hint')}</p>
            <Radios
              form={projectForm}
              name="budgetId"
              label={t('staffProposals.field.budgetId')}
              options={budgets.map((b) => ({
                value: b.id,
                label: t('staffProposals.budgetOption', { title: b.title, amount: i18n.amount(b.totalAmount) }),
              }))}
            />
            <ProjectFields
              form={projectForm}
              names={{ title: 'title', cost: 'cost', description: 'description' }}
              descriptionRows={5}
            />
            <button type="submit" class="button">
              {t('staffProposals.submitProject')}
            </button>
          </form>
        )}
      </StaffSection>
    </StaffLayout>
  );
}
